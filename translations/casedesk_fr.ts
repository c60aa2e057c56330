<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AmountInWords</name>
    <message>
        <location filename="../models/receipts/AmountInWords.cpp" line="+168"/>
        <source>1990 rectified spelling (%1)</source>
        <translation>orthographe rectifiée de 1990 (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>traditional spelling (%1)</source>
        <translation>orthographe traditionnelle (%1)</translation>
    </message>
</context>
<context>
    <name>AmountRules</name>
    <message>
        <location filename="../models/common/AmountRules.cpp" line="+48"/>
        <source>Funding goal</source>
        <translation>Objectif de collecte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Budget line amount</source>
        <translation>Montant de la ligne budgétaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flat fee per campaign</source>
        <translation>Forfait par campagne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirmation threshold</source>
        <translation>Seuil de confirmation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt amount</source>
        <translation>Montant du reçu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counterpart</source>
        <translation>Contrepartie</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: an amount cannot be negative.</source>
        <translation>%1&#xa0;: un montant ne peut pas être négatif.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: a donation is more than 0 (a refund is a status, not a negative amount).</source>
        <translation>%1&#xa0;: un don est supérieur à 0 (un remboursement est un statut, pas un montant négatif).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: give an amount of at least %2.</source>
        <translation>%1&#xa0;: indiquez un montant d&apos;au moins %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 is more than the %3 CaseDesk accepts here; check the number of zeros.</source>
        <translation>%1&#xa0;: %2 dépasse les %3 que CaseDesk accepte ici&#xa0;; vérifiez le nombre de zéros.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: an amount cannot be negative (&quot;%2&quot;).</source>
        <translation>%1&#xa0;: un montant ne peut pas être négatif («&#xa0;%2&#xa0;»).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: &quot;%2&quot; has more than two decimals; type euros and cents, for example %3.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» a plus de deux décimales&#xa0;; tapez des euros et des centimes, par exemple %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: &quot;%2&quot; is more than the %3 CaseDesk accepts here; check the number of zeros.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» dépasse les %3 que CaseDesk accepte ici&#xa0;; vérifiez le nombre de zéros.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: &quot;%2&quot; is not an amount; type euros and cents, for example %3.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un montant&#xa0;; tapez des euros et des centimes, par exemple %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A gift of %1 is above the %2 the treasurer set for a confirmation. Record it as typed?</source>
        <translation>Un don de %1 dépasse les %2 au-delà desquels le trésorier demande une confirmation. L&apos;enregistrer tel quel&#xa0;?</translation>
    </message>
</context>
<context>
    <name>ArchiveReader</name>
    <message>
        <location filename="../models/backup/ArchiveStream.cpp" line="+172"/>
        <source>its header is not valid</source>
        <translation>son en-tête n&apos;est pas valide</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the decryption key could not be derived (not enough memory?)</source>
        <translation>la clé de déchiffrement n&apos;a pas pu être dérivée (mémoire insuffisante&#xa0;?)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>an entry of unknown kind was found</source>
        <translation>une entrée d&apos;un type inconnu s&apos;y trouve</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an entry has a name too long</source>
        <translation>une entrée a un nom trop long</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>an entry has an impossible size</source>
        <translation>une entrée a une taille impossible</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>its contents do not match the checksum at its end</source>
        <translation>son contenu ne correspond pas à la somme de contrôle de sa fin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there are bytes after its end</source>
        <translation>des octets suivent sa fin</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>an entry runs past its last part</source>
        <translation>une entrée dépasse sa dernière partie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>part %1 has an invalid frame</source>
        <translation>la partie %1 a un cadre invalide</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>part %1 fails its authentication check</source>
        <translation>la partie %1 échoue à son contrôle d&apos;authenticité</translation>
    </message>
</context>
<context>
    <name>ArchiveWriter</name>
    <message>
        <location line="-261"/>
        <source>the system gave no random bytes for the encryption</source>
        <translation>le système n&apos;a pas fourni d&apos;octets aléatoires pour le chiffrement</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the encryption key could not be derived (not enough memory?)</source>
        <translation>la clé de chiffrement n&apos;a pas pu être dérivée (mémoire insuffisante&#xa0;?)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>the encryption failed</source>
        <translation>le chiffrement a échoué</translation>
    </message>
</context>
<context>
    <name>AssociationRules</name>
    <message>
        <location filename="../models/campaigns/Association.cpp" line="+47"/>
        <source>Name: the association&apos;s name is required.</source>
        <translation>Nom&#xa0;: le nom de l&apos;association est obligatoire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>RNA number: &quot;%1&quot; is not valid; expected W, the 3-character prefecture code and 6 digits (for example W313012345 or W2B1001234).</source>
        <translation>Numéro RNA&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas valide&#xa0;; attendu&#xa0;: W, le code de la préfecture sur 3 caractères et 6 chiffres (par exemple W313012345 ou W2B1001234).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SIREN: &quot;%1&quot; is not valid; expected exactly 9 digits.</source>
        <translation>SIREN&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas valide&#xa0;; attendu&#xa0;: exactement 9 chiffres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SIREN: &quot;%1&quot; fails its check digit (Luhn); check for a typing error.</source>
        <translation>SIREN&#xa0;: la clé de contrôle (Luhn) de «&#xa0;%1&#xa0;» est erronée&#xa0;; vérifiez qu&apos;il n&apos;y a pas de faute de frappe.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Receipt category: &quot;%1&quot; is not one of the Cerfa&apos;s boxes.</source>
        <translation>Catégorie des reçus&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas l&apos;une des cases du Cerfa.</translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <location filename="../models/backup/AutoBackup.cpp" line="+154"/>
        <source>No folder is chosen for the automatic backups.</source>
        <translation>Aucun dossier n&apos;est choisi pour les sauvegardes automatiques.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup folder %1 is not available (is the USB key or the drive connected?).</source>
        <translation>Le dossier de sauvegarde %1 n&apos;est pas disponible (la clé USB ou le disque est-il branché&#xa0;?).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup folder %1 cannot be written to.</source>
        <translation>Impossible d&apos;écrire dans le dossier de sauvegarde %1.</translation>
    </message>
</context>
<context>
    <name>BackupCommands</name>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="+52"/>
        <source>Cannot read the passphrase file %1: %2</source>
        <translation>Impossible de lire le fichier de phrase de passe %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passphrase file %1 is too big to hold a passphrase (%2).</source>
        <translation>Le fichier %1 est trop gros pour contenir une phrase de passe (%2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The passphrase file %1 is empty: its first line is the passphrase.</source>
        <translation>Le fichier de phrase de passe %1 est vide&#xa0;: sa première ligne est la phrase de passe.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The option %1 %2 is required.</source>
        <translation>L&apos;option %1 %2 est obligatoire.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Backup written</source>
        <translation>Sauvegarde écrite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted</source>
        <translation>Chiffrée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Donations</source>
        <translation>Dons</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+45"/>
        <source>Evidence files</source>
        <translation>Fichiers des pièces</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The backup was interrupted: nothing was written to %1.</source>
        <translation>La sauvegarde a été interrompue&#xa0;: rien n&apos;a été écrit dans %1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Desk restored</source>
        <translation>Bureau restauré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup made</source>
        <translation>Sauvegarde faite le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, in %2</source>
        <translation>%1, dans %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open it with: %1 --database %2 desk info</source>
        <translation>Ouvrez-le avec&#xa0;: %1 --database %2 desk info</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The backup %1 is encrypted: give its passphrase with %2 FILE.</source>
        <translation>La sauvegarde %1 est chiffrée&#xa0;: donnez sa phrase de passe avec %2 FILE.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The restore was interrupted: nothing was restored.</source>
        <translation>La restauration a été interrompue&#xa0;: rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Write a consistent backup of the desk and its evidence files into one archive (encrypted with the passphrase on the first line of the file given), even while the desk is in use.</source>
        <translation>Écrire une sauvegarde cohérente du bureau et des fichiers de ses pièces dans une seule archive (chiffrée avec la phrase de passe de la première ligne du fichier donné), même pendant que le bureau est utilisé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restore a backup into a new desk file (never over an existing one), with its evidence files beside it.</source>
        <translation>Restaurer une sauvegarde dans un nouveau fichier de bureau (jamais par-dessus un bureau existant), avec les fichiers de ses pièces à côté.</translation>
    </message>
</context>
<context>
    <name>BackupManifest</name>
    <message>
        <location filename="../models/backup/BackupManifest.cpp" line="+85"/>
        <source>its manifest is not readable</source>
        <translation>son manifeste est illisible</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>its manifest does not describe a desk</source>
        <translation>son manifeste ne décrit pas un bureau</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its manifest lists a file without a valid SHA-256 or size</source>
        <translation>son manifeste cite un fichier sans SHA-256 ou taille valide</translation>
    </message>
</context>
<context>
    <name>BalanceCheck</name>
    <message>
        <location filename="../models/donations/statements/BalanceCheck.cpp" line="+24"/>
        <source>The balances agree: opening balance plus the lines equals the closing balance.</source>
        <translation>Les soldes concordent&#xa0;: le solde initial plus les lignes donne le solde final.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The balances do not agree: opening balance plus the lines gives %1, the statement&apos;s closing balance differs by %2. Lines may be missing from the file.</source>
        <translation>Les soldes ne concordent pas&#xa0;: le solde initial plus les lignes donne %1, le solde final du relevé s&apos;en écarte de %2. Il manque peut-être des lignes dans le fichier.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The balances cannot be checked: the file does not give both the opening and the closing balance.</source>
        <translation>Les soldes ne peuvent pas être vérifiés&#xa0;: le fichier n&apos;indique pas à la fois le solde initial et le solde final.</translation>
    </message>
</context>
<context>
    <name>BoardCommands</name>
    <message>
        <location filename="../app/cli/BoardCommands.cpp" line="+63"/>
        <source>%1: unknown role &quot;%2&quot;; use one of %3.</source>
        <translation>%1&#xa0;: fonction «&#xa0;%2&#xa0;» inconnue&#xa0;; utilisez l&apos;une de %3.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No board member has the identifier %1.</source>
        <translation>Aucun membre du conseil n&apos;a l&apos;identifiant %1.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ROLE</source>
        <translation>FONCTION</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-MAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FROM</source>
        <translation>DEPUIS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>UNTIL</source>
        <translation>JUSQU&apos;AU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SIGNING KEY</source>
        <translation>CLÉ DE SIGNATURE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>* this desk&apos;s owner</source>
        <translation>* titulaire de ce bureau</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The board member was not added.</source>
        <translation>Le membre du conseil n&apos;a pas été ajouté.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The board member %1 was not saved.</source>
        <translation>Le membre du conseil %1 n&apos;a pas été enregistré.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 saved.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The mandate of %1 ends on %2.</source>
        <translation>Le mandat de %1 prend fin le %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: &quot;%2&quot; is not a fraction; write it as 1/2 or 2/3.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une fraction&#xa0;; écrivez-la 1/2 ou 2/3.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Give either %1 or %2, not both.</source>
        <translation>Donnez %1 ou %2, pas les deux.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: &quot;%2&quot; is not a number of members.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un nombre de membres.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: unknown majority &quot;%2&quot;; use one of %3.</source>
        <translation>%1&#xa0;: majorité «&#xa0;%2&#xa0;» inconnue&#xa0;; utilisez l&apos;une de %3.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The board&apos;s rules were not changed.</source>
        <translation>Les règles du conseil n&apos;ont pas été modifiées.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Give a member or %1, not both.</source>
        <translation>Donnez un membre ou %1, pas les deux.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This desk belongs to %1.</source>
        <translation>Ce bureau appartient à %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This desk belongs to the staff, no board member.</source>
        <translation>Ce bureau appartient à l&apos;équipe, à aucun membre du conseil.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>List the board&apos;s members, retired ones too.</source>
        <translation>Lister les membres du conseil, y compris ceux dont le mandat a pris fin.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a board member (from today unless --from) and print its UUID.</source>
        <translation>Ajouter un membre du conseil (à partir d&apos;aujourd&apos;hui sauf --from) et afficher son UUID.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change a board member&apos;s name, role, e-mail or dates.</source>
        <translation>Modifier le nom, la fonction, l&apos;e-mail ou les dates d&apos;un membre du conseil.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>End a member&apos;s mandate on DATE (today unless given); the member stays in past rounds.</source>
        <translation>Mettre fin au mandat d&apos;un membre à DATE (aujourd&apos;hui sinon)&#xa0;; le membre reste dans les examens passés.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show the statutes&apos; rules for the board&apos;s decisions, or change those given.</source>
        <translation>Afficher les règles statutaires des décisions du conseil, ou modifier celles indiquées.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show the board member this desk belongs to, or set it (--none: the staff&apos;s desk).</source>
        <translation>Afficher le membre du conseil à qui appartient ce bureau, ou le choisir (--none&#xa0;: bureau de l&apos;équipe).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Roles: %1</source>
        <translation>Fonctions&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Majorities: simple, absolute, two-thirds, unanimity</source>
        <translation>Majorités&#xa0;: simple, absolute, two-thirds, unanimity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A MEMBER is a name (unique) or a UUID prefix of at least 4 characters; dates are yyyy-mm-dd.</source>
        <translation>MEMBER est un nom (unique) ou un préfixe d&apos;UUID d&apos;au moins 4 caractères&#xa0;; les dates s&apos;écrivent aaaa-mm-jj.</translation>
    </message>
</context>
<context>
    <name>BoardRepository</name>
    <message>
        <location filename="../models/board/BoardRepository.cpp" line="+103"/>
        <source>The board member &quot;%1&quot; no longer exists on this desk.</source>
        <translation>Le membre du conseil «&#xa0;%1&#xa0;» n&apos;existe plus sur ce bureau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The board member &quot;%1&quot; was changed elsewhere since it was opened; it has been reloaded.</source>
        <translation>Le membre du conseil «&#xa0;%1&#xa0;» a été modifié ailleurs depuis son ouverture&#xa0;; il a été rechargé.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Name: give the member&apos;s name.</source>
        <translation>Nom&#xa0;: indiquez le nom du membre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From: give the date the mandate began.</source>
        <translation>Depuis le&#xa0;: indiquez la date de début du mandat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Until: the mandate cannot end (%1) before it begins (%2).</source>
        <translation>Jusqu&apos;au&#xa0;: le mandat ne peut pas finir (%1) avant de commencer (%2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E-mail: &quot;%1&quot; is not an e-mail address (name@example.org).</source>
        <translation>E-mail&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail (nom@example.org).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>from %1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>since %1</source>
        <translation>depuis le %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role: %1 is president %2; a board has one president at a time (retire them first, or choose another role).</source>
        <translation>Fonction&#xa0;: %1 est président %2&#xa0;; le conseil n&apos;a qu&apos;un président à la fois (mettez d&apos;abord fin à son mandat, ou choisissez une autre fonction).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Signing key: &quot;%1&quot; is not a public key (32 bytes in base64, 44 characters).</source>
        <translation>Clé de signature&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une clé publique (32 octets en base64, 44 caractères).</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+25"/>
        <source>No board member has the identifier %1.</source>
        <translation>Aucun membre du conseil n&apos;a l&apos;identifiant %1.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Until: give the date the mandate of %1 ends.</source>
        <translation>Jusqu&apos;au&#xa0;: indiquez la date de fin du mandat de %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Until: the mandate of %1 began on %2; it cannot end before that (%3).</source>
        <translation>Jusqu&apos;au&#xa0;: le mandat de %1 a commencé le %2&#xa0;; il ne peut pas finir avant (%3).</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Board member &quot;%1&quot;: several members have this name; give the identifier.</source>
        <translation>Membre du conseil «&#xa0;%1&#xa0;»&#xa0;: plusieurs membres portent ce nom&#xa0;; donnez l&apos;identifiant.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Board member &quot;%1&quot;: give the member&apos;s name or at least 4 characters of the identifier.</source>
        <translation>Membre du conseil «&#xa0;%1&#xa0;»&#xa0;: donnez le nom du membre ou au moins 4 caractères de l&apos;identifiant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No board member is named &quot;%1&quot; or has this identifier.</source>
        <translation>Aucun membre du conseil ne s&apos;appelle «&#xa0;%1&#xa0;» ni n&apos;a cet identifiant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Board member identifier &quot;%1&quot; matches several members; give more characters.</source>
        <translation>L&apos;identifiant de membre «&#xa0;%1&#xa0;» correspond à plusieurs membres&#xa0;; donnez plus de caractères.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The board&apos;s rules are kept with the association&apos;s profile: fill in the profile (its name at least) first.</source>
        <translation>Les règles du conseil sont conservées avec le profil de l&apos;association&#xa0;: remplissez d&apos;abord le profil (au moins son nom).</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No board member has the identifier %1; this desk&apos;s owner must be on the board.</source>
        <translation>Aucun membre du conseil n&apos;a l&apos;identifiant %1&#xa0;; le titulaire de ce bureau doit siéger au conseil.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A board member received without a name or a start date was not stored.</source>
        <translation>Un membre du conseil reçu sans nom ou sans date de début n&apos;a pas été enregistré.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The board member &quot;%1&quot; received ends before it begins; it was not stored.</source>
        <translation>Le mandat du membre du conseil «&#xa0;%1&#xa0;» reçu finit avant de commencer&#xa0;; il n&apos;a pas été enregistré.</translation>
    </message>
</context>
<context>
    <name>BoardRulesCheck</name>
    <message>
        <location filename="../models/board/BoardRules.cpp" line="+170"/>
        <source>Quorum: at least 1 member must take part (%1 was given).</source>
        <translation>Quorum&#xa0;: au moins 1 membre doit prendre part au vote (%1 indiqué).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quorum: the fraction %1/%2 must have a numerator and a denominator of at least 1.</source>
        <translation>Quorum&#xa0;: la fraction %1/%2 doit avoir un numérateur et un dénominateur d&apos;au moins 1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quorum: %1/%2 is more than all the members in office; a fraction of the members cannot be above 1.</source>
        <translation>Quorum&#xa0;: %1/%2 dépasse la totalité des membres en fonction&#xa0;; une fraction des membres ne peut pas être supérieure à 1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quorum: %1/%2 is less than 1/100 of the members in office; give a larger fraction.</source>
        <translation>Quorum&#xa0;: %1/%2 est inférieur à 1/100 des membres en fonction&#xa0;; donnez une fraction plus grande.</translation>
    </message>
</context>
<context>
    <name>BoardSync</name>
    <message>
        <location filename="../models/sync/kinds/BoardKind.cpp" line="+74"/>
        <source>its role is not one this version knows</source>
        <translation>son rôle n&apos;est pas un de ceux que connaît cette version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its name or the start of its mandate is missing</source>
        <translation>son nom ou le début de son mandat manque</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>board member %1</source>
        <translation>membre du conseil %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The %1 received from the platform was left out: %2.</source>
        <translation>Le %1 reçu de la plateforme a été écarté&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The board member %1 cannot be written: %2.</source>
        <translation>Le membre du conseil %1 ne peut pas être enregistré&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
</context>
<context>
    <name>BordereauWriter</name>
    <message>
        <location filename="../models/reports/BordereauWriter.cpp" line="+87"/>
        <source>Cannot write the bordereau %1: fonts are not available in this program.</source>
        <translation>Impossible d&apos;écrire le bordereau %1&#xa0;: aucune police de caractères n&apos;est disponible dans ce programme.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+15"/>
        <source>Cannot write the bordereau %1: %2</source>
        <translation>Impossible d&apos;écrire le bordereau %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>CampaignCommands</name>
    <message>
        <location filename="../app/cli/CampaignCommands.cpp" line="+123"/>
        <source>%1: unknown value &quot;%2&quot;; use one of %3.</source>
        <translation>%1&#xa0;: valeur inconnue «&#xa0;%2&#xa0;»&#xa0;; utilisez l&apos;une des valeurs suivantes&#xa0;: %3.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Campaign %1 was not saved:</source>
        <translation>La campagne %1 n&apos;a pas été enregistrée&#xa0;:</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STATUS</source>
        <translation>STATUT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CAUSE</source>
        <translation>CAUSE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>GOAL</source>
        <translation>OBJECTIF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>END</source>
        <translation>FIN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TITLE</source>
        <translation>TITRE</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Exported campaign %1 to %2.</source>
        <translation>Campagne %1 exportée vers %2.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: &quot;%2&quot; is not an amount; type euros and cents, for example %3.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un montant&#xa0;; tapez des euros et des centimes, par exemple %3.</translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+38"/>
        <source>Campaign %1: %2 saved.</source>
        <translation>Campagne %1&#xa0;: champ %2 enregistré.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Give at least one of %1.</source>
        <translation>Indiquez au moins l&apos;une des options %1.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>budget total %1, goal %2</source>
        <translation>total du budget %1, objectif %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Campaign %1: budget line %2 added (%3).</source>
        <translation>Campagne %1&#xa0;: ligne budgétaire %2 ajoutée (%3).</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Campaign %1 has %n budget line(s); there is no line %2.</source>
        <translation>
            <numerusform>La campagne %1 compte %n ligne budgétaire&#xa0;; il n&apos;y a pas de ligne %2.</numerusform>
            <numerusform>La campagne %1 compte %n lignes budgétaires&#xa0;; il n&apos;y a pas de ligne %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Campaign %1: budget line %2 (&quot;%3&quot;) removed (%4).</source>
        <translation>Campagne %1&#xa0;: ligne budgétaire %2 («&#xa0;%3&#xa0;») supprimée (%4).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Campaign %1: press article %2 added.</source>
        <translation>Campagne %1&#xa0;: article de presse %2 ajouté.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Campaign %1 has %n press article(s); there is no article %2.</source>
        <translation>
            <numerusform>La campagne %1 compte %n article de presse&#xa0;; il n&apos;y a pas d&apos;article %2.</numerusform>
            <numerusform>La campagne %1 compte %n articles de presse&#xa0;; il n&apos;y a pas d&apos;article %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Campaign %1: press article %2 (&quot;%3&quot;) removed.</source>
        <translation>Campagne %1&#xa0;: article de presse %2 («&#xa0;%3&#xa0;») supprimé.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Campaign %1 cannot go from &quot;%2&quot; to &quot;%3&quot;:</source>
        <translation>La campagne %1 ne peut pas passer de «&#xa0;%2&#xa0;» à «&#xa0;%3&#xa0;»&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Campaign %1: &quot;%2&quot; -&gt; &quot;%3&quot;.</source>
        <translation>Campagne %1&#xa0;: «&#xa0;%2&#xa0;» -&gt; «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Campaign %1 deleted.</source>
        <translation>Campagne %1 supprimée.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>List the campaigns, most recently changed first unless sorted.</source>
        <translation>Lister les campagnes, les plus récemment modifiées en premier, sauf si un tri est demandé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show a campaign: fields, budget, press, fees, review checklist and status history.</source>
        <translation>Afficher une campagne&#xa0;: champs, budget, presse, frais, liste de contrôle avant relecture et historique des statuts.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write a campaign as JSON to standard output or to FILE.</source>
        <translation>Écrire une campagne au format JSON sur la sortie standard ou dans FILE.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create a draft campaign and print its UUID.</source>
        <translation>Créer une campagne en brouillon et afficher son UUID.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change one field of a draft.</source>
        <translation>Modifier un champ d&apos;un brouillon.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change what the board reads before approving a draft: the lawyer in charge, their assessment, the risks, the adverse costs and why the association acts (never published).</source>
        <translation>Modifier ce que le conseil d&apos;administration lit avant d&apos;approuver un brouillon&#xa0;: l&apos;avocat chargé de l&apos;affaire, son analyse, les risques, les frais de l&apos;adversaire et la raison d&apos;agir de l&apos;association (jamais publiés).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a budget line to a draft.</source>
        <translation>Ajouter une ligne budgétaire à un brouillon.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove budget line N (1 is the first).</source>
        <translation>Supprimer la ligne budgétaire N (1 pour la première).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a press article (URL http or https, DATE yyyy-mm-dd).</source>
        <translation>Ajouter un article de presse (URL http ou https, DATE de la forme aaaa-mm-jj).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove press article N (1 is the first).</source>
        <translation>Supprimer l&apos;article de presse N (1 pour le premier).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move a campaign through the workflow; when refused, every reason is printed.</source>
        <translation>Faire avancer une campagne dans le circuit de validation&#xa0;; en cas de refus, tous les motifs sont affichés.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete a draft or withdrawn campaign.</source>
        <translation>Supprimer une campagne en brouillon ou retirée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the status history of a campaign.</source>
        <translation>Afficher l&apos;historique des statuts d&apos;une campagne.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Statuses: %1</source>
        <translation>Statuts&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Causes: %1</source>
        <translation>Causes&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget kinds: %1</source>
        <translation>Types de ligne budgétaire&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields of campaign set: %1</source>
        <translation>Champs de campaign set&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sort columns: %1</source>
        <translation>Colonnes de tri&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CampaignJson</name>
    <message>
        <location filename="../models/campaigns/CampaignJson.cpp" line="+50"/>
        <source>%1: &quot;%2&quot; must be a whole, non-negative number of cents.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» doit être un nombre entier positif ou nul de centimes.</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Campaign &quot;%1&quot;</source>
        <translation>Campagne «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: unknown cause or status.</source>
        <translation>%1&#xa0;: cause ou statut inconnu.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: unknown budget line kind &quot;%2&quot;.</source>
        <translation>%1&#xa0;: type de ligne budgétaire inconnu «&#xa0;%2&#xa0;».</translation>
    </message>
</context>
<context>
    <name>CampaignOutput</name>
    <message>
        <location filename="../app/cli/CampaignOutput.cpp" line="+34"/>
        <source>UUID</source>
        <translation>UUID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next statuses</source>
        <translation>Statuts suivants possibles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Court</source>
        <translation>Juridiction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opposing party</source>
        <translation>Partie adverse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal basis</source>
        <translation>Fondement juridique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision</source>
        <translation>Révision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>Mise à jour</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Harm</source>
        <translation>Atteinte combattue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use of funds</source>
        <translation>Emploi des fonds</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lawyer</source>
        <translation>Avocat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adverse costs</source>
        <translation>Frais de l&apos;adversaire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lawyer&apos;s assessment</source>
        <translation>Analyse de l&apos;avocat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Risks</source>
        <translation>Risques</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why the association</source>
        <translation>Pourquoi l&apos;association</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Budget:</source>
        <translation>Budget&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  no lines</source>
        <translation>  aucune ligne</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>total, equal to the goal</source>
        <translation>total, égal à l&apos;objectif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>total; the goal is %1</source>
        <translation>total&#xa0;; l&apos;objectif est de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>KIND</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>AMOUNT</source>
        <translation>MONTANT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LABEL</source>
        <translation>LIBELLÉ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warning: %1</source>
        <translation>Attention&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Press articles:</source>
        <translation>Articles de presse&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  none</source>
        <translation>  aucun</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ready for review: nothing is missing.</source>
        <translation>Prête pour la relecture&#xa0;: rien ne manque.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missing before review:</source>
        <translation>Éléments manquants avant la relecture&#xa0;:</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>WHEN</source>
        <translation>DATE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FROM</source>
        <translation>DE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TO</source>
        <translation>VERS</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NOTE</source>
        <translation>NOTE</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Platform fees on the goal:</source>
        <translation>Frais de plateforme sur l&apos;objectif&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Status history:</source>
        <translation>Historique des statuts&#xa0;:</translation>
    </message>
</context>
<context>
    <name>CampaignRules</name>
    <message>
        <location filename="../models/campaigns/CampaignRules.cpp" line="+20"/>
        <source>Budget line %1: %2</source>
        <translation>Ligne budgétaire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Adverse costs: an amount cannot be negative.</source>
        <translation>Frais de l&apos;adversaire&#xa0;: un montant ne peut pas être négatif.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Adverse costs: %1 is more than the %2 CaseDesk accepts here; check the number of zeros.</source>
        <translation>Frais de l&apos;adversaire&#xa0;: %1 dépasse les %2 que CaseDesk accepte ici&#xa0;; vérifiez le nombre de zéros.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The budget lines for the case add up to %1, but only %2 reaches the case once the platform&apos;s commission and flat fee are paid: %3 is missing. Raise the goal, or the platform fees line and lower another.</source>
        <translation>Les lignes budgétaires de l&apos;action totalisent %1, mais seuls %2 reviennent à l&apos;action une fois la commission et les frais forfaitaires de la plateforme payés&#xa0;: il manque %3. Relevez l&apos;objectif, ou la ligne des frais de plateforme en baissant une autre ligne.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Campaign: &quot;%1&quot; is &quot;%2&quot; and no longer collects; gifts are recorded for published or funded campaigns.</source>
        <translation>Campagne&#xa0;: «&#xa0;%1&#xa0;» est «&#xa0;%2&#xa0;» et ne collecte plus&#xa0;; les dons s&apos;enregistrent sur les campagnes publiées ou financées.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Campaign: &quot;%1&quot; is &quot;%2&quot; and does not collect yet; gifts are recorded for published or funded campaigns.</source>
        <translation>Campagne&#xa0;: «&#xa0;%1&#xa0;» est «&#xa0;%2&#xa0;» et ne collecte pas encore&#xa0;; les dons s&apos;enregistrent sur les campagnes publiées ou financées.</translation>
    </message>
</context>
<context>
    <name>CampaignSync</name>
    <message>
        <location filename="../models/sync/kinds/CampaignKind.cpp" line="+72"/>
        <source>The platform sent a campaign this desk cannot read (%1): %2</source>
        <translation>La plateforme a envoyé une campagne que ce bureau ne sait pas lire (%1)&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Changed on the platform</source>
        <translation>Modifiée sur la plateforme</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Conflict resolved</source>
        <translation>Conflit résolu</translation>
    </message>
</context>
<context>
    <name>CampaignText</name>
    <message>
        <location filename="../models/campaigns/CampaignText.cpp" line="+9"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In review</source>
        <translation>En relecture</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved</source>
        <translation>Approuvée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published</source>
        <translation>Publiée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Funded</source>
        <translation>Financée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Environment</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Social rights</source>
        <translation>Droits sociaux</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+19"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Lawyer fees</source>
        <translation>Honoraires d&apos;avocat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Court fees</source>
        <translation>Frais de justice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expert reports</source>
        <translation>Expertises</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bailiff</source>
        <translation>Commissaire de justice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platform fees</source>
        <translation>Frais de plateforme</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Back to draft</source>
        <translation>Repasser en brouillon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submit for review</source>
        <translation>Soumettre à la relecture</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark as funded</source>
        <translation>Marquer comme financée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Clôturer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdraw</source>
        <translation>Retirer</translation>
    </message>
</context>
<context>
    <name>CamtParser</name>
    <message>
        <location filename="../models/donations/statements/CamtReader.cpp" line="+203"/>
        <source>the XML is malformed: %1</source>
        <translation>le XML est mal formé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>the file holds no statement (Stmt)</source>
        <translation>le fichier ne contient aucun relevé (Stmt)</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>not enough memory to read the XML</source>
        <translation>pas assez de mémoire pour lire le XML</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>expected BkToCstmrStmt</source>
        <translation>attendu&#xa0;: BkToCstmrStmt</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Premature end of document.</source>
        <translation>Fin de document inattendue.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not an ISO 20022 camt.053 statement (expected a Document element in the namespace %1camt.053.001.NN)</source>
        <translation>ce n&apos;est pas un relevé ISO 20022 camt.053 (attendu&#xa0;: un élément Document dans l&apos;espace de noms %1camt.053.001.NN)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>this is an ISO 20022 %1 message, not a camt.053 bank statement; ask the bank for the camt.053 end-of-day statement</source>
        <translation>il s&apos;agit d&apos;un message ISO 20022 %1, et non d&apos;un relevé bancaire camt.053&#xa0;; demandez à la banque le relevé de fin de journée camt.053</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not a supported version (camt.053.001.02 to camt.053.001.08)</source>
        <translation>%1 n&apos;est pas une version prise en charge (camt.053.001.02 à camt.053.001.08)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 (expected a decimal amount such as 1234.50, found &apos;%2&apos;)</source>
        <translation>%1 (attendu&#xa0;: un montant décimal comme 1234.50&#xa0;; trouvé&#xa0;: «&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>expected a date as YYYY-MM-DD, found &apos;%1&apos;</source>
        <translation>attendu&#xa0;: une date de la forme AAAA-MM-JJ&#xa0;; trouvé&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>CdtDbtInd is missing (expected CRDT or DBIT)</source>
        <translation>CdtDbtInd est absent (attendu&#xa0;: CRDT ou DBIT)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected CRDT or DBIT, found &apos;%1&apos;</source>
        <translation>attendu&#xa0;: CRDT ou DBIT&#xa0;; trouvé&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the balance has no Amt</source>
        <translation>le solde ne comporte pas d&apos;élément Amt</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>the entry has no Amt</source>
        <translation>l&apos;écriture ne comporte pas d&apos;élément Amt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the entry has neither BookgDt nor ValDt</source>
        <translation>l&apos;écriture ne comporte ni BookgDt ni ValDt</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>this statement is for another account (%1) than the first one (%2); one file must hold one account</source>
        <translation>ce relevé concerne un autre compte (%1) que le premier (%2)&#xa0;; un fichier ne doit contenir qu&apos;un seul compte</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="+116"/>
        <source>The option %1 takes no value.</source>
        <translation>L&apos;option %1 ne prend pas de valeur.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown option &quot;%1&quot;.</source>
        <translation>Option inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The option %1 needs a value.</source>
        <translation>L&apos;option %1 demande une valeur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The option %1 needs a file path.</source>
        <translation>L&apos;option %1 demande un chemin de fichier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The option %1 accepts &quot;fr&quot; or &quot;en&quot;, not &quot;%2&quot;.</source>
        <translation>L&apos;option %1 accepte «&#xa0;fr&#xa0;» ou «&#xa0;en&#xa0;», pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No command given.</source>
        <translation>Aucune commande indiquée.</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>usage: %1 [--database PATH] [--json] [--lang fr|en] %2</source>
        <translation>usage&#xa0;: %1 [--database PATH] [--json] [--lang fr|en] %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read the value from standard input.</source>
        <translation>Impossible de lire la valeur sur l&apos;entrée standard.</translation>
    </message>
</context>
<context>
    <name>CommandTable</name>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="+119"/>
        <location line="+35"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The command &quot;%1&quot; needs a subcommand.</source>
        <translation>La commande «&#xa0;%1&#xa0;» demande une sous-commande.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Unexpected error: %1</source>
        <translation>Erreur inattendue&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unexpected error.</source>
        <translation>Erreur inattendue.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The option %1 needs a value.</source>
        <translation>L&apos;option %1 demande une valeur.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The option %1 takes no value.</source>
        <translation>L&apos;option %1 ne prend pas de valeur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a global option; put it before the command.</source>
        <translation>%1 est une option globale&#xa0;; placez-la avant la commande.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown option &quot;%1&quot;.</source>
        <translation>Option inconnue «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Missing argument %1.</source>
        <translation>Argument manquant&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unexpected argument &quot;%1&quot; (put a value with spaces in quotes).</source>
        <translation>Argument inattendu «&#xa0;%1&#xa0;» (mettez entre guillemets une valeur qui contient des espaces).</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Usage: %1 [GLOBAL OPTIONS] COMMAND [ARGUMENTS]</source>
        <translation>Usage&#xa0;: %1 [OPTIONS GLOBALES] COMMANDE [ARGUMENTS]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CaseDesk without windows: campaigns, the association profile and settings, for scripts and tests.</source>
        <translation>CaseDesk sans fenêtres&#xa0;: campagnes, profil de l&apos;association et réglages, pour les scripts et les tests.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Global options (before the command):</source>
        <translation>Options globales (avant la commande)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  --database PATH  the desk file (default: %1)</source>
        <translation>  --database PATH  le fichier du bureau (par défaut&#xa0;: %1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  --json           machine-readable output: one JSON document on stdout, amounts in cents</source>
        <translation>  --json           sortie lisible par machine&#xa0;: un document JSON sur stdout, montants en centimes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  --lang fr|en     language of messages, numbers and amounts (default: the system&apos;s)</source>
        <translation>  --lang fr|en     langue des messages, des nombres et des montants (par défaut&#xa0;: celle du système)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  --help           this help; after a command, the help of that command</source>
        <translation>  --help           cette aide&#xa0;; après une commande, l&apos;aide de cette commande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  --version        the version of CaseDesk</source>
        <translation>  --version        la version de CaseDesk</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commands:</source>
        <translation>Commandes&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A campaign ID is its UUID or a unique prefix of at least 4 characters. A VALUE of &quot;-&quot; is read from standard input.</source>
        <translation>L&apos;ID d&apos;une campagne est son UUID ou un préfixe unique d&apos;au moins 4 caractères. Une VALUE égale à «&#xa0;-&#xa0;» est lue sur l&apos;entrée standard.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exit status: 0 success, 1 error (message on stderr), 2 wrong usage.</source>
        <translation>Code de sortie&#xa0;: 0 succès, 1 erreur (message sur stderr), 2 usage incorrect.</translation>
    </message>
</context>
<context>
    <name>ConflictResolver</name>
    <message>
        <location filename="../models/sync/kinds/CampaignKind.cpp" line="-75"/>
        <location filename="../models/sync/kinds/EvidenceKind.cpp" line="+27"/>
        <location filename="../models/sync/kinds/NewsKind.cpp" line="+24"/>
        <location filename="../models/sync/kinds/ProcedureKinds.cpp" line="+47"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../models/sync/kinds/EvidenceKind.cpp" line="+3"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Harm</source>
        <translation>Atteinte combattue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal basis</source>
        <translation>Fondement juridique</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../models/sync/kinds/ProcedureKinds.cpp" line="-16"/>
        <source>Court</source>
        <translation>Juridiction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opposing party</source>
        <translation>Partie adverse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../models/sync/kinds/LedgerKinds.cpp" line="+59"/>
        <location filename="../models/sync/kinds/ProcedureKinds.cpp" line="+6"/>
        <location filename="../models/sync/kinds/ReceiptKind.cpp" line="+36"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the money is used</source>
        <translation>Utilisation des fonds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget lines</source>
        <translation>Lignes budgétaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press articles</source>
        <translation>Articles de presse</translation>
    </message>
    <message>
        <location filename="../models/sync/kinds/NewsKind.cpp" line="+1"/>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation>Publiée le</translation>
    </message>
    <message>
        <location filename="../models/sync/kinds/EvidenceKind.cpp" line="-2"/>
        <source>Document date</source>
        <translation>Date du document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags</source>
        <translation>Mots-clés</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../models/sync/kinds/ProcedureKinds.cpp" line="+13"/>
        <source>Public</source>
        <translation>Publique</translation>
    </message>
    <message>
        <location filename="../models/sync/kinds/ProcedureKinds.cpp" line="-18"/>
        <source>Court name</source>
        <translation>Nom de la juridiction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of procedure</source>
        <translation>Type de procédure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case number</source>
        <translation>Numéro de l&apos;affaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lawyer</source>
        <translation>Avocat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appeal of</source>
        <translation>Appel de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public holidays</source>
        <translation>Jours fériés</translation>
    </message>
    <message>
        <location filename="../models/sync/kinds/LedgerKinds.cpp" line="-17"/>
        <location filename="../models/sync/kinds/ProcedureKinds.cpp" line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../models/sync/kinds/ProcedureKinds.cpp" line="+5"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../models/sync/kinds/LedgerKinds.cpp" line="+13"/>
        <location filename="../models/sync/kinds/ProcedureKinds.cpp" line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../models/sync/kinds/ProcedureKinds.cpp" line="+2"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../models/sync/kinds/ProcedureKinds.cpp" line="+1"/>
        <source>Done</source>
        <translation>Respectée</translation>
    </message>
    <message>
        <location filename="../models/sync/kinds/BoardKind.cpp" line="-105"/>
        <location filename="../models/sync/kinds/LedgerKinds.cpp" line="-23"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role (other)</source>
        <translation>Rôle (autre)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../models/sync/kinds/LedgerKinds.cpp" line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In office from</source>
        <translation>En fonction depuis le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In office until</source>
        <translation>En fonction jusqu&apos;au</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing key</source>
        <translation>Clé de signature</translation>
    </message>
    <message>
        <location filename="../models/sync/kinds/LedgerKinds.cpp" line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agrees to be contacted</source>
        <translation>Accepte d&apos;être contacté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Person or company</source>
        <translation>Particulier ou entreprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipts</source>
        <translation>Reçus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent date</source>
        <translation>Date du consentement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent given through</source>
        <translation>Consentement recueilli par</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Donor</source>
        <translation>Donateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Moyen de paiement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counterpart</source>
        <translation>Contrepartie</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/sync/ConflictResolver.cpp" line="+151"/>
        <source>&quot;%1&quot; matches %n conflicts; give more characters.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» correspond à %n conflit&#xa0;; indiquez davantage de caractères.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» correspond à %n conflits&#xa0;; indiquez davantage de caractères.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No open conflict matches &quot;%1&quot;.</source>
        <translation>Aucun conflit en attente ne correspond à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="-106"/>
        <location line="+140"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="-140"/>
        <location line="+140"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted</source>
        <translation>Supprimée</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Conflict %1 is no longer open; it was resolved elsewhere.</source>
        <translation>Le conflit %1 n&apos;est plus en attente&#xa0;; il a été résolu ailleurs.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This conflict is about a record of kind &quot;%1&quot;, which cannot be decided here yet; it stays open.</source>
        <translation>Ce conflit porte sur un enregistrement de type «&#xa0;%1&#xa0;», qui ne peut pas encore être tranché ici&#xa0;; il reste ouvert.</translation>
    </message>
    <message>
        <location filename="../models/sync/kinds/ReceiptKind.cpp" line="+1"/>
        <source>Reason for cancelling</source>
        <translation>Motif d&apos;annulation</translation>
    </message>
</context>
<context>
    <name>CsvMapping</name>
    <message>
        <location filename="../models/donations/statements/CsvMapping.cpp" line="+263"/>
        <source>the separator must be one ASCII character other than the quote</source>
        <translation>le séparateur doit être un seul caractère ASCII, autre que le guillemet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the quote must be one ASCII character</source>
        <translation>le guillemet doit être un seul caractère ASCII</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the encoding %1 is not known</source>
        <translation>l&apos;encodage %1 est inconnu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the number of lines to skip cannot be negative</source>
        <translation>le nombre de lignes à ignorer ne peut pas être négatif</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the date format %1 is not one of d, dd, M, MM, yy, yyyy with separators</source>
        <translation>le format de date %1 n&apos;est pas composé de d, dd, M, MM, yy, yyyy et de séparateurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the decimal separator must differ from the column and thousands separators</source>
        <translation>le séparateur décimal doit être différent du séparateur de colonnes et du séparateur de milliers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>choose the column of the booking date</source>
        <translation>choisissez la colonne de la date d&apos;opération</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>choose either one signed amount column or a debit and a credit column</source>
        <translation>choisissez soit une colonne de montant signé, soit une colonne de débit et une colonne de crédit</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>the saved CSV mapping has an unknown version</source>
        <translation>le modèle CSV enregistré a une version inconnue</translation>
    </message>
</context>
<context>
    <name>CsvStatementParser</name>
    <message>
        <location filename="../models/donations/statements/CsvStatementParser.cpp" line="+87"/>
        <source>the encoding %1 is not known</source>
        <translation>l&apos;encodage %1 est inconnu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file starts with a UTF-8 byte order mark but the mapping says %1</source>
        <translation>le fichier commence par une marque d&apos;ordre des octets (BOM) UTF-8, mais le modèle indique %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the file ends before its header row</source>
        <translation>le fichier se termine avant sa ligne d&apos;en-tête</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>these bytes are not valid %1 text; is the file in another encoding (UTF-8 or Windows-1252)?</source>
        <translation>ces octets ne sont pas du texte %1 valide&#xa0;; le fichier est-il dans un autre encodage (UTF-8 ou Windows-1252)&#xa0;?</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>column %1</source>
        <translation>colonne %1</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>expected at least %1 columns separated by &apos;%2&apos;, found %3</source>
        <translation>attendu&#xa0;: au moins %1 colonnes séparées par «&#xa0;%2&#xa0;»&#xa0;; trouvé&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>this row has %1 columns but the header has %2: a separator inside an unquoted text?</source>
        <translation>cette ligne a %1 colonnes, mais l&apos;en-tête en a %2&#xa0;: un séparateur dans un texte sans guillemets&#xa0;?</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>expected a date as %1, found &apos;%2&apos;</source>
        <translation>attendu&#xa0;: une date au format %1&#xa0;; trouvé&#xa0;: «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: expected an amount such as %2, found &apos;%3&apos;</source>
        <translation>%1 (attendu&#xa0;: un montant comme %2&#xa0;; trouvé&#xa0;: «&#xa0;%3&#xa0;»)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>expected an amount in %1 or %2, both are empty</source>
        <translation>attendu&#xa0;: un montant dans %1 ou %2&#xa0;; les deux sont vides</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected an amount in %1 or %2, not in both</source>
        <translation>attendu&#xa0;: un montant dans %1 ou dans %2, pas dans les deux</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected a credit as a positive amount</source>
        <translation>attendu&#xa0;: un crédit sous forme de montant positif</translation>
    </message>
    <message>
        <location filename="../models/donations/statements/CsvTokenizer.cpp" line="+30"/>
        <source>the file starts with bytes that are neither text nor a byte order mark</source>
        <translation>le fichier commence par des octets qui ne sont ni du texte ni une marque d&apos;ordre des octets (BOM)</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>a quoted cell opened at line %1 is never closed</source>
        <translation>une cellule entre guillemets ouverte à la ligne %1 n&apos;est jamais refermée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the row starting at line %1 is longer than %2 bytes: an unbalanced quote?</source>
        <translation>l&apos;enregistrement qui commence à la ligne %1 dépasse %2 octets&#xa0;: un guillemet non refermé&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../models/storage/Database.cpp" line="+113"/>
        <source>Cannot create the folder %1 for the desk.</source>
        <translation>Impossible de créer le dossier %1 du bureau.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot read the desk file %1: it is not a readable file.</source>
        <translation>Impossible de lire le fichier du bureau %1&#xa0;: ce n&apos;est pas un fichier lisible.</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+66"/>
        <source>Cannot open the desk file %1: %2</source>
        <translation>Impossible d&apos;ouvrir le fichier du bureau %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>The desk %1 could not be checked: %2</source>
        <translation>Le bureau %1 n&apos;a pas pu être vérifié&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The desk %1 is damaged (%2). Keep a copy of the file and restore your last backup.</source>
        <translation>Le bureau %1 est endommagé (%2). Gardez une copie du fichier et restaurez votre dernière sauvegarde.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Cannot open the desk file %1: another desk is already open under the connection name &quot;%2&quot;.</source>
        <translation>Impossible d&apos;ouvrir le fichier de bureau %1&#xa0;: un autre bureau est déjà ouvert sous le nom de connexion «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot update the desk file %1 to this version of CaseDesk: %2</source>
        <translation>Impossible de mettre à jour le fichier du bureau %1 pour cette version de CaseDesk&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+78"/>
        <location line="+13"/>
        <source>Cannot write to the desk file %1 (%2). Check that the file and its folder are writable.</source>
        <translation>Impossible d&apos;écrire dans le fichier du bureau %1 (%2). Vérifiez que le fichier et son dossier sont accessibles en écriture.</translation>
    </message>
    <message>
        <location line="-87"/>
        <location line="+7"/>
        <location line="+28"/>
        <source>The file %1 is not a CaseDesk desk or is damaged (%2).</source>
        <translation>Le fichier %1 n&apos;est pas un bureau CaseDesk ou il est endommagé (%2).</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>The desk %1 was written by a newer version of CaseDesk (data format %2; this version reads up to %3). It was left untouched: please update CaseDesk.</source>
        <translation>Le bureau %1 a été écrit par une version plus récente de CaseDesk (format de données %2&#xa0;; cette version lit jusqu&apos;au format %3). Il n&apos;a pas été modifié&#xa0;: veuillez mettre à jour CaseDesk.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file %1 is an SQLite database of another program, not a CaseDesk desk. It was left untouched.</source>
        <translation>Le fichier %1 est une base de données SQLite d&apos;un autre programme, pas un bureau CaseDesk. Il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cannot configure the desk file %1: %2</source>
        <translation>Impossible de configurer le fichier du bureau %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SQLite refused to enforce foreign keys on %1.</source>
        <translation>SQLite a refusé d&apos;appliquer les clés étrangères sur %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot prepare sorting in your language for %1.</source>
        <translation>Impossible de préparer le tri dans votre langue pour %1.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The desk file %1 cannot use write-ahead logging (journal mode stayed &quot;%2&quot;). Is it on a network drive?</source>
        <translation>Le fichier du bureau %1 ne peut pas utiliser la journalisation anticipée (WAL)&#xa0;: le mode de journal est resté «&#xa0;%2&#xa0;». Se trouve-t-il sur un lecteur réseau&#xa0;?</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+14"/>
        <source>Cannot prepare a statement: %1</source>
        <translation>Impossible de préparer une requête&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DateRules</name>
    <message>
        <location filename="../models/common/DateRules.cpp" line="+61"/>
        <source>D</source>
        <extracomment>The letters of a date pattern: day, as in DD/MM/YYYY (French: J for jour).</extracomment>
        <translation>J</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>M</source>
        <extracomment>The letters of a date pattern: month, as in DD/MM/YYYY.</extracomment>
        <translation>M</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Y</source>
        <extracomment>The letters of a date pattern: year, as in DD/MM/YYYY (French: A for année).</extracomment>
        <translation>A</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 is an impossible date: there is no month %2.</source>
        <translation>%1 est une date impossible&#xa0;: il n&apos;y a pas de mois %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is an impossible date: %2 %3 has %4 days.</source>
        <translation>%1 est une date impossible&#xa0;: %2 %3 compte %4 jours.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is an impossible date.</source>
        <translation>%1 est une date impossible.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not a date; type it as %2, for example %3.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date&#xa0;; tapez-la sous la forme %2, par exemple %3.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>&quot;%1&quot; is not a date in the form %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date de la forme %2.</translation>
    </message>
</context>
<context>
    <name>DeadlineCalculator</name>
    <message>
        <location filename="../models/procedures/DeadlineCalculator.cpp" line="+65"/>
        <source>Rule %1: %2 (%3), %4.</source>
        <translation>Règle %1&#xa0;: %2 (%3), %4.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the starting event</source>
        <translation>l&apos;événement déclencheur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starting point: %1, on %2.</source>
        <translation>Point de départ&#xa0;: %1, le %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Délai franc: neither the starting day nor the last day counts, so %1 counted from the day after %2 end on %3.</source>
        <translation>Délai franc&#xa0;: ni le jour du point de départ ni le dernier jour ne comptent&#xa0;; décompté à partir du lendemain du %2, le délai de %1 expire le %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The starting day does not count (CPC art. 641): %1 counted from the day after %2 end on %3.</source>
        <translation>Le jour du point de départ ne compte pas (art. 641 du CPC)&#xa0;: décompté à partir du lendemain du %2, le délai de %1 expire le %3.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Délai franc: neither the starting day nor the last day counts, so the period runs from %1 and ends %2 later on the same day-number; %3 has no day %4, so it ends on the last day of that month, %5.</source>
        <translation>Délai franc&#xa0;: ni le jour du point de départ ni le dernier jour ne comptent&#xa0;; le délai court à partir du %1 et expire %2 plus tard, au même quantième&#xa0;; il n&apos;y a pas de %4 %3, il expire donc le dernier jour de ce mois, le %5.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Délai franc: neither the starting day nor the last day counts, so the period runs from %1 and ends %2 later on the same day-number, %3.</source>
        <translation>Délai franc&#xa0;: ni le jour du point de départ ni le dernier jour ne comptent&#xa0;; le délai court à partir du %1 et expire %2 plus tard, au même quantième, le %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 from %2 end on the same day-number (CPC art. 641); %3 has no day %4, so the period ends on the last day of that month, %5.</source>
        <translation>Un délai de %1 à compter du %2 expire au même quantième (art. 641 du CPC)&#xa0;; il n&apos;y a pas de %4 %3, le délai expire donc le dernier jour de ce mois, le %5.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 from %2 end on the same day-number (CPC art. 641): %3.</source>
        <translation>Un délai de %1 à compter du %2 expire au même quantième (art. 641 du CPC)&#xa0;: le %3.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>case law of the Conseil d&apos;État, as CPC art. 642</source>
        <translation>jurisprudence du Conseil d&apos;État, par analogie avec l&apos;art. 642 du CPC</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CPC art. 642</source>
        <translation>art. 642 du CPC</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the deadline moves to the next day, %2 (%3).</source>
        <translation>%1&#xa0;: le délai est prorogé au lendemain, %2 (%3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This deadline is not extended when it ends on a non-working day.</source>
        <translation>Ce délai n&apos;est pas prorogé lorsqu&apos;il expire un jour non ouvré.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Due: %1, until midnight. Public holidays: %2.</source>
        <translation>Échéance&#xa0;: %1, jusqu&apos;à minuit. Jours fériés&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>DeadlineCommands</name>
    <message>
        <location filename="../app/cli/DeadlineCommands.cpp" line="+38"/>
        <source>START_DATE: %1 is not a plausible date; check the year.</source>
        <translation>START_DATE&#xa0;: %1 n&apos;est pas une date plausible&#xa0;; vérifiez l&apos;année.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+48"/>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message numerus="yes">
        <location line="-12"/>
        <source>No open deadline is overdue or due within %n day(s).</source>
        <translation>
            <numerusform>Aucune échéance en cours n&apos;est dépassée ni n&apos;arrive à terme sous %n jour.</numerusform>
            <numerusform>Aucune échéance en cours n&apos;est dépassée ni n&apos;arrive à terme sous %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedure</source>
        <translation>Procédure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The milestone %1 is not a computed deadline.</source>
        <translation>L&apos;étape %1 n&apos;est pas une échéance calculée.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Start-up reminders are off.</source>
        <translation>Les rappels au démarrage sont désactivés.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>At start-up CaseDesk reminds of overdue deadlines and those due within %n day(s).</source>
        <translation>
            <numerusform>Au démarrage, CaseDesk rappelle les échéances dépassées et celles qui arrivent à terme sous %n jour.</numerusform>
            <numerusform>Au démarrage, CaseDesk rappelle les échéances dépassées et celles qui arrivent à terme sous %n jours.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Holiday</source>
        <translation>Jour férié</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>With --json, give the calendar file with --out FILE.</source>
        <translation>Avec --json, indiquez le fichier de calendrier avec --out FILE.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot write the calendar to standard output.</source>
        <translation>Impossible d&apos;écrire le calendrier sur la sortie standard.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Wrote %n event(s) to %1</source>
        <translation>
            <numerusform>%n événement écrit dans %1</numerusform>
            <numerusform>%n événements écrits dans %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Compute a deadline: the due date (ISO 8601) on the first line, then the reasoning.</source>
        <translation>Calculer un délai&#xa0;: la date d&apos;échéance (ISO 8601) en première ligne, puis le raisonnement.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>List the deadline rules with their articles.</source>
        <translation>Lister les règles de délais avec leurs articles.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The deadlines dashboard: overdue deadlines and those due within DAYS (default: the reminder horizon).</source>
        <translation>Afficher le tableau de bord des échéances&#xa0;: échéances dépassées et celles qui arrivent à terme sous DAYS jours (par défaut&#xa0;: l&apos;horizon des rappels).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show how a recorded deadline was computed.</source>
        <translation>Afficher le calcul d&apos;une échéance enregistrée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show or set how many days ahead the start-up reminder looks (0: off).</source>
        <translation>Afficher ou définir combien de jours à l&apos;avance porte le rappel au démarrage (0&#xa0;: désactivé).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>RULE:</source>
        <translation>RULE&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>List the public holidays of a year (Alsace-Moselle adds Good Friday and 26 December).</source>
        <translation>Lister les jours fériés d&apos;une année (l&apos;Alsace-Moselle ajoute le Vendredi saint et le 26 décembre).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export milestones and deadlines as iCalendar (RFC 5545) with reminders; to standard output without --out.</source>
        <translation>Exporter les étapes et les échéances au format iCalendar (RFC 5545) avec des rappels&#xa0;; sur la sortie standard sans --out.</translation>
    </message>
</context>
<context>
    <name>DeadlineReminders</name>
    <message>
        <location filename="../models/procedures/DeadlineReminders.cpp" line="+22"/>
        <source>The reminder horizon must be between 0 (no reminder) and %1 days, not %2.</source>
        <translation>L&apos;horizon des rappels doit être compris entre 0 (aucun rappel) et %1 jours, et non %2.</translation>
    </message>
</context>
<context>
    <name>DeadlineRules</name>
    <message>
        <location filename="../models/procedures/DeadlineRules.cpp" line="+36"/>
        <source>1 month</source>
        <translation>1 mois</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 months</source>
        <translation>%1 mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, délai franc</source>
        <translation>%1, délai franc</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The deadline rules are missing from this build.</source>
        <translation>Les règles de délais sont absentes de cette version de CaseDesk.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The deadline rules are damaged: %1 at offset %2.</source>
        <translation>Les règles de délais sont endommagées&#xa0;: %1 à la position %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Deadline rule %1 (&quot;%2&quot;): %3</source>
        <translation>Règle de délai %1 («&#xa0;%2&#xa0;»)&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the id must be lower-case words joined by hyphens</source>
        <translation>l&apos;identifiant doit être composé de mots en minuscules reliés par des traits d&apos;union</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the id is used twice</source>
        <translation>l&apos;identifiant est utilisé deux fois</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the article is missing</source>
        <translation>l&apos;article est manquant</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the English label is missing</source>
        <translation>le libellé anglais est manquant</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>give its length in either &quot;days&quot; or &quot;months&quot;</source>
        <translation>indiquez sa durée soit en «&#xa0;days&#xa0;», soit en «&#xa0;months&#xa0;»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the length must be a positive whole number</source>
        <translation>la durée doit être un nombre entier positif</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;franc&quot; must be true or false</source>
        <translation>«&#xa0;franc&#xa0;» doit valoir true ou false</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the calendar must be &quot;working-days&quot; or &quot;calendar-days&quot;</source>
        <translation>le calendrier doit être «&#xa0;working-days&#xa0;» ou «&#xa0;calendar-days&#xa0;»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The deadline rules file holds no rule.</source>
        <translation>Le fichier des règles de délais ne contient aucune règle.</translation>
    </message>
</context>
<context>
    <name>DeadlineService</name>
    <message>
        <location filename="../models/procedures/DeadlineService.cpp" line="+33"/>
        <source>No milestone has the identifier %1.</source>
        <translation>Aucune étape n&apos;a l&apos;identifiant %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no deadline rule &quot;%1&quot;; known rules: %2.</source>
        <translation>Il n&apos;existe pas de règle de délai «&#xa0;%1&#xa0;»&#xa0;; règles connues&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>DecisionRules</name>
    <message>
        <location filename="../models/review/DecisionRules.cpp" line="+16"/>
        <source>for</source>
        <translation>pour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>against</source>
        <translation>contre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>abstaining</source>
        <translation>abstention</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>simple majority of votes cast</source>
        <translation>majorité simple des suffrages exprimés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>absolute majority of the members in office</source>
        <translation>majorité absolue des membres en fonction</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>two-thirds majority of votes cast</source>
        <translation>majorité des deux tiers des suffrages exprimés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unanimity of votes cast</source>
        <translation>unanimité des suffrages exprimés</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>%1 of %n member(s) in office took part</source>
        <translation>
            <numerusform>%1 membre sur %n en fonction a pris part au vote</numerusform>
            <numerusform>%1 des %n membres en fonction ont pris part au vote</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n recused</source>
        <translation>
            <numerusform>, %n récusé</numerusform>
            <numerusform>, %n récusés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <comment>a quorum&apos;s fraction and the members it makes: half: 4</comment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1; quorum (%2) met.</source>
        <translation>%1&#xa0;; quorum (%2) atteint.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; quorum (%2) not met.</source>
        <translation>%1&#xa0;; quorum (%2) non atteint.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n approve(s)</source>
        <translation>
            <numerusform>%n pour</numerusform>
            <numerusform>%n pour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>, %n reject(s)</source>
        <translation>
            <numerusform>, %n contre</numerusform>
            <numerusform>, %n contre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n abstain(s)</source>
        <translation>
            <numerusform>, %n abstention</numerusform>
            <numerusform>, %n abstentions</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: no decision until the quorum is met.</source>
        <translation>%1&#xa0;: aucune décision tant que le quorum n&apos;est pas atteint.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1: an equal split, decided by the president&apos;s casting vote (%2): %3 %4.</source>
        <translation>%1&#xa0;: partage égal des voix, tranché par la voix prépondérante du président (%2)&#xa0;: %3 %4.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reached</source>
        <translation>atteinte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not reached</source>
        <translation>non atteinte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the statutes give the president no casting vote</source>
        <translation>les statuts ne donnent pas de voix prépondérante au président</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no president takes part</source>
        <translation>aucun président ne prend part au vote</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the president (%1) abstained</source>
        <translation>le président (%1) s&apos;est abstenu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the president (%1) has not voted</source>
        <translation>le président (%1) n&apos;a pas voté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: an equal split, and %2: %3 not reached.</source>
        <translation>%1&#xa0;: partage égal des voix, et %2&#xa0;: %3 non atteinte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 reached.</source>
        <translation>%1&#xa0;: %2 atteinte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 not reached.</source>
        <translation>%1&#xa0;: %2 non atteinte.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: no reason given</source>
        <translation>%1&#xa0;: aucun motif donné</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <location filename="../models/demo/DemoData.cpp" line="+57"/>
        <source>Cannot write the demo picture %1.</source>
        <translation>Impossible d&apos;écrire l&apos;image de démonstration %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write the demo file %1.</source>
        <translation>Impossible d&apos;écrire le fichier de démonstration %1.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The demo board member %1 was refused: %2</source>
        <translation>Le membre du conseil de démonstration %1 a été refusé&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The desk already has campaigns; the demo data was not loaded.</source>
        <translation>Le bureau contient déjà des campagnes&#xa0;; les données de démonstration n&apos;ont pas été chargées.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The desk already has an association profile; the demo data was not loaded.</source>
        <translation>Le bureau a déjà un profil d&apos;association&#xa0;; les données de démonstration n&apos;ont pas été chargées.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The demo data set is missing from this build.</source>
        <translation>Le jeu de données de démonstration est absent de cette version de CaseDesk.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The demo data set is damaged: %1 at offset %2.</source>
        <translation>Le jeu de données de démonstration est endommagé&#xa0;: %1 à la position %2.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cannot make a temporary folder for the demo pieces.</source>
        <translation>Impossible de créer un dossier temporaire pour les pièces de démonstration.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The demo data could not be stored: %1</source>
        <translation>Les données de démonstration n&apos;ont pas pu être enregistrées&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Loaded the demo association and %n campaign(s).</source>
        <translation>
            <numerusform>Association de démonstration et %n campagne chargées.</numerusform>
            <numerusform>Association de démonstration et %n campagnes chargées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeskBackup</name>
    <message>
        <location filename="../models/backup/DeskBackup.cpp" line="+116"/>
        <source>piece no. %1 of &quot;%2&quot;</source>
        <translation>la pièce n°&#xa0;%1 de «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file of %1 is missing from the evidence folder (%2). The backup was not written: run &quot;Check integrity&quot; in the Evidence area (evidence verify) to see every piece concerned.</source>
        <translation>Le fichier de %1 manque dans le dossier des pièces (%2). La sauvegarde n&apos;a pas été écrite&#xa0;: lancez «&#xa0;Vérifier l&apos;intégrité&#xa0;» dans l&apos;espace Pièces (evidence verify) pour voir toutes les pièces concernées.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file of %1 (%2) changed since it was attached: its SHA-256 no longer matches. The backup was not written: run &quot;Check integrity&quot; in the Evidence area (evidence verify), then attach the original file again.</source>
        <translation>Le fichier de %1 (%2) a changé depuis qu&apos;il a été joint&#xa0;: son SHA-256 ne correspond plus. La sauvegarde n&apos;a pas été écrite&#xa0;: lancez «&#xa0;Vérifier l&apos;intégrité&#xa0;» dans l&apos;espace Pièces (evidence verify), puis joignez à nouveau le fichier d&apos;origine.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read the file of %1 (%2): %3. The backup was not written.</source>
        <translation>Impossible de lire le fichier de %1 (%2)&#xa0;: %3. La sauvegarde n&apos;a pas été écrite.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot write the backup %1: %2. Nothing was written (is the disk full or removed?).</source>
        <translation>Impossible d&apos;écrire la sauvegarde %1&#xa0;: %2. Rien n&apos;a été écrit (le disque est-il plein ou débranché&#xa0;?).</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Cannot read the copy of the desk %1: %2. The backup was not written.</source>
        <translation>Impossible de lire la copie du bureau %1&#xa0;: %2. La sauvegarde n&apos;a pas été écrite.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot make a working folder beside the desk in %1: %2</source>
        <translation>Impossible de créer un dossier de travail à côté du bureau dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The desk&apos;s evidence changed during each of %1 attempts; the backup was not written. Try again once the other work is done.</source>
        <translation>Les pièces du bureau ont changé pendant chacune des %1 tentatives&#xa0;; la sauvegarde n&apos;a pas été écrite. Réessayez une fois l&apos;autre travail terminé.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Give the file to write the backup to.</source>
        <translation>Indiquez le fichier où écrire la sauvegarde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a folder; give a file name for the backup.</source>
        <translation>%1 est un dossier&#xa0;; indiquez un nom de fichier pour la sauvegarde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder %1 does not exist (is the USB key or the drive connected?).</source>
        <translation>Le dossier %1 n&apos;existe pas (la clé USB ou le disque est-il branché&#xa0;?).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A backup cannot be written over the desk or its files (%1); choose another file.</source>
        <translation>Une sauvegarde ne peut pas être écrite par-dessus le bureau ou ses fichiers (%1)&#xa0;; choisissez un autre fichier.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The passphrase must have at least %1 characters; a sentence of several words is best.</source>
        <translation>La phrase de passe doit avoir au moins %1 caractères&#xa0;; une phrase de plusieurs mots est le mieux.</translation>
    </message>
</context>
<context>
    <name>DeskCommands</name>
    <message>
        <location filename="../app/cli/DeskCommands.cpp" line="+74"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal form</source>
        <translation>Forme juridique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RNA number</source>
        <translation>Numéro RNA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>General interest</source>
        <translation>Intérêt général</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatory</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatory&apos;s role</source>
        <translation>Qualité du signataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The association profile is empty; start with: %1 association set name NAME</source>
        <translation>Le profil de l&apos;association est vide&#xa0;; commencez par&#xa0;: %1 association set name NOM</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>FIELD: unknown value &quot;%1&quot;; use one of %2.</source>
        <translation>FIELD&#xa0;: valeur inconnue «&#xa0;%1&#xa0;»&#xa0;; utilisez l&apos;une des valeurs suivantes&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The association profile was not saved:</source>
        <translation>Le profil de l&apos;association n&apos;a pas été enregistré&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Association profile saved: %1.</source>
        <translation>Profil de l&apos;association enregistré&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Flat fee per campaign</source>
        <translation>Forfait par campagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commission on what is raised</source>
        <translation>Commission sur les sommes collectées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For a goal of %1:</source>
        <translation>Pour un objectif de %1&#xa0;:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Fee settings saved.</source>
        <translation>Réglages des frais enregistrés.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Gift confirmation saved.</source>
        <translation>Seuil de confirmation des dons enregistré.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirmation asked above</source>
        <translation>Confirmation demandée au-delà de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest gift accepted</source>
        <translation>Don le plus élevé accepté</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Desk file</source>
        <translation>Fichier du bureau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data format version</source>
        <translation>Version du format de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes waiting to sync</source>
        <translation>Modifications en attente de synchronisation</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The desk is sound: every page was read without error.</source>
        <translation>Le bureau est intact&#xa0;: chaque page a été lue sans erreur.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show the association profile.</source>
        <translation>Afficher le profil de l&apos;association.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change one field of the association profile (general-interest: yes or no).</source>
        <translation>Modifier un champ du profil de l&apos;association (general-interest&#xa0;: yes ou no).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fields of association set: %1</source>
        <translation>Champs de association set&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show the platform fees and what a 10,000 EUR goal leaves; with options, change them.</source>
        <translation>Afficher les frais de plateforme et ce qu&apos;il reste d&apos;un objectif de 10&#x202f;000 EUR&#xa0;; avec des options, les modifier.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show the amount above which a gift typed by hand needs a confirmation; with the option, change it.</source>
        <translation>Afficher le montant au-delà duquel un don saisi à la main demande une confirmation&#xa0;; avec l&apos;option, le modifier.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Fill an empty desk with the demo association and campaigns.</source>
        <translation>Remplir un bureau vide avec l&apos;association et les campagnes de démonstration.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show the desk file, its data format version, campaigns and changes waiting to sync.</source>
        <translation>Afficher le fichier du bureau, la version de son format de données, les campagnes et les modifications en attente de synchronisation.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read every page of the desk file and report any damage.</source>
        <translation>Lire chaque page du fichier du bureau et signaler tout dommage.</translation>
    </message>
</context>
<context>
    <name>DeskRestore</name>
    <message>
        <location filename="../models/backup/DeskRestore.cpp" line="+43"/>
        <source>%1 is not a CaseDesk backup. Nothing was restored.</source>
        <translation>%1 n&apos;est pas une sauvegarde CaseDesk. Rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup %1 was made by a newer version of CaseDesk (its archive format is newer than this version reads). Nothing was restored: update CaseDesk first.</source>
        <translation>La sauvegarde %1 a été faite par une version plus récente de CaseDesk (son format d&apos;archive est plus récent que ce que cette version sait lire). Rien n&apos;a été restauré&#xa0;: mettez d&apos;abord CaseDesk à jour.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup %1 is encrypted: its passphrase is needed to restore it.</source>
        <translation>La sauvegarde %1 est chiffrée&#xa0;: sa phrase de passe est nécessaire pour la restaurer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The passphrase does not open the backup %1: it is not the one the backup was made with (or the backup&apos;s header is damaged). Nothing was restored.</source>
        <translation>La phrase de passe n&apos;ouvre pas la sauvegarde %1&#xa0;: ce n&apos;est pas celle avec laquelle elle a été faite (ou l&apos;en-tête de la sauvegarde est endommagé). Rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup %1 is incomplete: it ends before its last part (was it copied entirely?). Nothing was restored.</source>
        <translation>La sauvegarde %1 est incomplète&#xa0;: elle s&apos;arrête avant sa dernière partie (a-t-elle été copiée en entier&#xa0;?). Rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup %1 is damaged or was altered: %2. Nothing was restored.</source>
        <translation>La sauvegarde %1 est endommagée ou a été modifiée&#xa0;: %2. Rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+90"/>
        <source>Cannot read the backup %1: %2. Nothing was restored.</source>
        <translation>Impossible de lire la sauvegarde %1&#xa0;: %2. Rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot write in the folder %1: %2. Nothing was restored.</source>
        <translation>Impossible d&apos;écrire dans le dossier %1&#xa0;: %2. Rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>it does not start with its manifest</source>
        <translation>elle ne commence pas par son manifeste</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The backup %1 comes from a newer version of CaseDesk (%2, data format %3; this version reads up to %4). Nothing was restored: update CaseDesk to restore it.</source>
        <translation>La sauvegarde %1 vient d&apos;une version plus récente de CaseDesk (%2, format de données %3&#xa0;; cette version lit jusqu&apos;au %4). Rien n&apos;a été restauré&#xa0;: mettez CaseDesk à jour pour la restaurer.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>its database does not match its manifest</source>
        <translation>sa base de données ne correspond pas à son manifeste</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its database does not match its SHA-256</source>
        <translation>sa base de données ne correspond pas à son SHA-256</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n evidence file(s) of its manifest are missing from it</source>
        <translation>
            <numerusform>%n fichier de pièce de son manifeste y manque</numerusform>
            <numerusform>%n fichiers de pièces de son manifeste y manquent</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it holds an entry its manifest does not list</source>
        <translation>elle contient une entrée que son manifeste ne cite pas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot create the folder %1. Nothing was restored.</source>
        <translation>Impossible de créer le dossier %1. Rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the evidence file %1 in it does not match its SHA-256</source>
        <translation>le fichier de pièce %1 qu&apos;elle contient ne correspond pas à son SHA-256</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot write %1: %2. Nothing was restored.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2. Rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+7"/>
        <source>Cannot write %1: %2 (is the disk full?). Nothing was restored.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2 (le disque est-il plein&#xa0;?). Rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot write the restored files to the disk in %1. Nothing was restored.</source>
        <translation>Impossible d&apos;écrire les fichiers restaurés sur le disque dans %1. Rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The desk in the backup %1 cannot be opened: %2 Nothing was restored.</source>
        <translation>Le bureau de la sauvegarde %1 ne peut pas être ouvert&#xa0;: %2 Rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The desk in the backup %1 is damaged: %2 Nothing was restored.</source>
        <translation>Le bureau de la sauvegarde %1 est endommagé&#xa0;: %2 Rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot move the restored evidence folder to %1. Nothing was restored.</source>
        <translation>Impossible de déplacer le dossier des pièces restauré vers %1. Rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot move the restored desk to %1. Nothing was restored.</source>
        <translation>Impossible de déplacer le bureau restauré vers %1. Rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cannot read the backup %1: %2.</source>
        <translation>Impossible de lire la sauvegarde %1&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Give the path of the new desk to restore into.</source>
        <translation>Indiquez le chemin du nouveau bureau où restaurer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 already exists: a restore writes a new desk and never replaces one. Choose a new file name, or move that file away first.</source>
        <translation>%1 existe déjà&#xa0;: une restauration écrit un nouveau bureau et n&apos;en remplace jamais un. Choisissez un nouveau nom de fichier, ou déplacez d&apos;abord ce fichier ailleurs.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 already exists beside the new desk %2: a restore never mixes with another desk&apos;s files. Choose a new file name, or move it away first.</source>
        <translation>%1 existe déjà à côté du nouveau bureau %2&#xa0;: une restauration ne se mêle jamais aux fichiers d&apos;un autre bureau. Choisissez un nouveau nom de fichier, ou déplacez-le d&apos;abord ailleurs.</translation>
    </message>
</context>
<context>
    <name>DeskSnapshot</name>
    <message>
        <location filename="../models/backup/DeskSnapshot.cpp" line="+183"/>
        <source>The copy of the desk %1 fails SQLite&apos;s integrity check (%2): the desk itself is probably damaged. Run &quot;desk check&quot; and keep the file aside.</source>
        <translation>La copie du bureau %1 échoue au contrôle d&apos;intégrité de SQLite (%2)&#xa0;: le bureau lui-même est probablement endommagé. Lancez «&#xa0;desk check&#xa0;» et mettez le fichier de côté.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot check the copy of the desk %1: %2</source>
        <translation>Impossible de vérifier la copie du bureau %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot read the desk %1: %2</source>
        <translation>Impossible de lire le bureau %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write a copy of the desk in %1: %2</source>
        <translation>Impossible d&apos;écrire une copie du bureau dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot copy the desk %1: %2</source>
        <translation>Impossible de copier le bureau %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>DonationCodes</name>
    <message>
        <location filename="../models/donations/ledger/Donation.cpp" line="+63"/>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card</source>
        <translation>Carte bancaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transfer</source>
        <translation>Virement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cheque</source>
        <translation>Chèque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Direct debit</source>
        <translation>Prélèvement</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refunded</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
</context>
<context>
    <name>DonationCommands</name>
    <message>
        <location filename="../app/cli/DonationCommands.cpp" line="+82"/>
        <source>%1 takes date, donor, campaign, amount, method, status, order or reconciled, not &quot;%2&quot;.</source>
        <translation>%1 accepte date, donor, campaign, amount, method, status, order ou reconciled, pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+10"/>
        <source>%1 takes %2, not &quot;%3&quot;.</source>
        <translation>%1 accepte %2, pas «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 takes a number of rows, 1 or more.</source>
        <translation>%1 demande un nombre de lignes, 1 ou plus.</translation>
    </message>
    <message>
        <location filename="../app/cli/DonationOutput.cpp" line="+50"/>
        <location line="+23"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+24"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+26"/>
        <source>Donor</source>
        <translation>Donateur</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+25"/>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+27"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+28"/>
        <source>Method</source>
        <translation>Moyen de paiement</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+29"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+32"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+33"/>
        <source>Reconciled</source>
        <translation>Rapproché</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>(anonymous)</source>
        <translation>(anonyme)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counterpart</source>
        <translation>Contrepartie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1, SIREN %2</source>
        <translation>%1, SIREN %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>date unknown</source>
        <translation>date inconnue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../app/cli/DonationCommands.cpp" line="+16"/>
        <source>%1 of %2 donations shown (%3 N for more).</source>
        <translation>%1 dons affichés sur %2 (%3 N pour en afficher davantage).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The option %1 is required.</source>
        <translation>L&apos;option %1 est obligatoire.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The donation was not added: %1 is above the %2 the treasurer set for a confirmation; add %3 if it is right.</source>
        <translation>Le don n&apos;a pas été ajouté&#xa0;: %1 dépasse les %2 au-delà desquels le trésorier demande une confirmation&#xa0;; ajoutez %3 si le montant est juste.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The donation was not added:</source>
        <translation>Le don n&apos;a pas été ajouté&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Donation %1 added.</source>
        <translation>Don %1 ajouté.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+16"/>
        <source>No donation has the identifier &quot;%1&quot;.</source>
        <translation>Aucun don n&apos;a l&apos;identifiant «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The donation was not saved: %1 is above the %2 the treasurer set for a confirmation; add %3 if it is right.</source>
        <translation>Le don n&apos;est pas enregistré&#xa0;: %1 dépasse les %2 au-delà desquels le trésorier demande une confirmation&#xa0;; ajoutez %3 s&apos;il est juste.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The donation was not saved:</source>
        <translation>Le don n&apos;est pas enregistré&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Donation %1 saved.</source>
        <translation>Don %1 enregistré.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The option %1 FILE is required.</source>
        <translation>L&apos;option %1 FILE est obligatoire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 takes &quot;;&quot; or &quot;,&quot;.</source>
        <translation>%1 accepte «&#xa0;;&#xa0;» ou «&#xa0;,&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n donation(s) written to %1.</source>
        <translation>
            <numerusform>%n don écrit dans %1.</numerusform>
            <numerusform>%n dons écrits dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+57"/>
        <source>--counterpart is the value of a reward the donor received for the gift (0 when none, at most the amount); a tax receipt deducts it.</source>
        <translation>--counterpart est la valeur d&apos;une contrepartie reçue par le donateur pour son don (0 s&apos;il n&apos;y en a pas, au plus le montant)&#xa0;; le reçu fiscal la déduit.</translation>
    </message>
    <message>
        <location filename="../app/cli/DonationOutput.cpp" line="-8"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Donor is</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipts</source>
        <translation>Reçus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consent to contact</source>
        <translation>Accepte d&apos;être contacté</translation>
    </message>
    <message>
        <location filename="../app/cli/DonationCommands.cpp" line="-44"/>
        <source>List donations, newest first unless sorted.</source>
        <translation>Lister les dons, les plus récents en premier, sauf si un tri est demandé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record a donation by hand, to a published or funded campaign; above the desk&apos;s confirmation threshold (settings gifts) it needs --confirm.</source>
        <translation>Enregistrer un don à la main, pour une campagne publiée ou financée&#xa0;; au-delà du seuil de confirmation du bureau (settings gifts), il faut --confirm.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show a donation, with the value of its counterpart.</source>
        <translation>Afficher un don, avec la valeur de sa contrepartie.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Correct a donation; the options not given keep their values. A donation reconciled in a closed period is refused until the period is reopened.</source>
        <translation>Corriger un don&#xa0;; les options absentes gardent leur valeur. Un don rapproché dans une période close est refusé tant que la période n&apos;est pas rouverte.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write the donations the filters select to a CSV file safe for spreadsheets.</source>
        <translation>Écrire les dons retenus par les filtres dans un fichier CSV sans risque pour les tableurs.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Methods: %1.</source>
        <translation>Moyens de paiement&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Statuses: %1.</source>
        <translation>Statuts&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--search finds a donor name by its beginning, a donor&apos;s e-mail by its beginning, or an exact platform order number.</source>
        <translation>--search trouve un donateur par le début de son nom ou de son e-mail, ou par le numéro exact d&apos;une commande sur la plateforme.</translation>
    </message>
</context>
<context>
    <name>DonationExport</name>
    <message>
        <location filename="../models/reports/DonationExport.cpp" line="+39"/>
        <location line="+12"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Donor</source>
        <translation>Donateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Method</source>
        <translation>Moyen de paiement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reconciled</source>
        <translation>Rapproché</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Donation id</source>
        <translation>Identifiant du don</translation>
    </message>
</context>
<context>
    <name>DonorCodes</name>
    <message>
        <location filename="../models/donations/ledger/Donor.cpp" line="+44"/>
        <source>Person</source>
        <translation>Particulier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A receipt per gift</source>
        <translation>Un reçu par don</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One receipt a year</source>
        <translation>Un reçu annuel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No receipt</source>
        <translation>Aucun reçu</translation>
    </message>
</context>
<context>
    <name>DonorCommands</name>
    <message>
        <location filename="../app/cli/DonorCommands.cpp" line="+49"/>
        <source>%1 takes %2, not &quot;%3&quot;.</source>
        <translation>%1 accepte %2, pas «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Give %1 or %2, not both.</source>
        <translation>Donnez %1 ou %2, pas les deux.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Donations</source>
        <translation>Dons</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+26"/>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 in %n gift(s)</source>
        <translation>
            <numerusform>%1 en %n don</numerusform>
            <numerusform>%1 en %n dons</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunded</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The donor was not added:</source>
        <translation>Le donateur n&apos;est pas ajouté&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Donor %1 added.</source>
        <translation>Donateur %1 ajouté.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No donor has the identifier &quot;%1&quot;.</source>
        <translation>Aucun donateur n&apos;a l&apos;identifiant «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The donor was not saved:</source>
        <translation>Le donateur n&apos;est pas enregistré&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Donor %1 saved.</source>
        <translation>Donateur %1 enregistré.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>List donors by name.</source>
        <translation>Lister les donateurs par nom.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show a donor and the donor&apos;s history.</source>
        <translation>Afficher un donateur et son historique.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a donor: a person unless --company, with the receipts the donor wants and the consent to be contacted.</source>
        <translation>Ajouter un donateur&#xa0;: un particulier sauf avec --company, avec les reçus qu&apos;il souhaite et son consentement à être contacté.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change a donor&apos;s fields; the options not given keep their values, an empty --consent-date forgets the date.</source>
        <translation>Modifier les champs d&apos;un donateur&#xa0;; les options absentes gardent leur valeur, un --consent-date vide efface la date.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Receipts: per_gift (one receipt per gift), annual (one a year listing the year&apos;s gifts), none.</source>
        <translation>Reçus&#xa0;: per_gift (un reçu par don), annual (un reçu par an listant les dons de l&apos;année), none (aucun).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--siren takes a company&apos;s 9 digits (spaces allowed), checked by their Luhn digit; a person has no SIREN.</source>
        <translation>--siren prend les 9 chiffres d&apos;une entreprise (espaces permises), contrôlés par leur clé de Luhn&#xa0;; un particulier n&apos;a pas de SIREN.</translation>
    </message>
</context>
<context>
    <name>DonorDataExport</name>
    <message>
        <location filename="../models/donations/privacy/DonorDataExport.cpp" line="+154"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Person</source>
        <translation>Particulier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One a year</source>
        <translation>Un par an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One per gift</source>
        <translation>Un par don</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>bank line of %1, %2</source>
        <translation>ligne de relevé du %1, %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>payout %1 of %2</source>
        <translation>versement %1 du %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+157"/>
        <source>Personal data held about %1</source>
        <translation>Données personnelles détenues sur %1</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>Exported on %1 by %2. This document lists everything the association&apos;s desk holds about this donor (GDPR articles 15 and 20); a machine-readable copy exists as JSON.</source>
        <translation>Exporté le %1 par %2. Ce document reprend tout ce que le bureau de l&apos;association détient sur ce donateur (articles 15 et 20 du RGPD)&#xa0;; une copie lisible par machine existe en JSON.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person or company</source>
        <translation>Particulier ou entreprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform reference</source>
        <translation>Référence plateforme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax receipts</source>
        <translation>Reçus fiscaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded on</source>
        <translation>Enregistré le</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erased on</source>
        <translation>Effacé le</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Consent to be contacted</source>
        <translation>Consentement à être contacté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agrees to be contacted</source>
        <translation>Accepte d&apos;être contacté</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given on</source>
        <translation>Donné le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gifts (%1)</source>
        <translation>Dons (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No gift.</source>
        <translation>Aucun don.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+18"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Method</source>
        <translation>Moyen de paiement</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+18"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Counterpart</source>
        <translation>Contrepartie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reconciled with</source>
        <translation>Rapproché avec</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paid: %1. Refunded: %2.</source>
        <translation>Payé&#xa0;: %1. Remboursé&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tax receipts (%1)</source>
        <translation>Reçus fiscaux (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No receipt.</source>
        <translation>Aucun reçu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issued on</source>
        <translation>Émis le</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Cannot write %1: fonts are not available in this program.</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: les polices ne sont pas disponibles dans ce programme.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No donor has the identifier %1.</source>
        <translation>Aucun donateur n&apos;a l&apos;identifiant %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+16"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>DonorErasure</name>
    <message>
        <location filename="../models/donations/privacy/DonorErasure.cpp" line="+31"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>platform reference</source>
        <translation>référence plateforme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>consent to be contacted</source>
        <translation>consentement à être contacté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SIREN</source>
        <translation>SIREN</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Erased donor %1</source>
        <translation>Donateur effacé %1</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>This donor was already erased on %1; there is nothing left to erase.</source>
        <translation>Ce donateur a déjà été effacé le %1&#xa0;; il ne reste rien à effacer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The donor&apos;s record holds nothing else to erase.</source>
        <translation>La fiche du donateur ne contient rien d&apos;autre à effacer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erased from the donor&apos;s record, on this desk, the other desks and the platform: %1.</source>
        <translation>Effacé de la fiche du donateur, sur ce bureau, les autres bureaux et la plateforme&#xa0;: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The name becomes &quot;%1&quot; in the donor&apos;s record and on the donor&apos;s %n gift(s).</source>
        <translation>
            <numerusform>Le nom devient «&#xa0;%1&#xa0;» sur la fiche du donateur et sur son don (%n).</numerusform>
            <numerusform>Le nom devient «&#xa0;%1&#xa0;» sur la fiche du donateur et sur ses %n dons.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Kept in the restricted archive until %1 (%2, tax receipts): the name, the address and the SIREN of the %n receipt(s) issued.</source>
        <translation>
            <numerusform>Conservés dans l&apos;archive restreinte jusqu&apos;au %1 (%2, reçus fiscaux)&#xa0;: le nom, l&apos;adresse et le SIREN du reçu émis (%n).</numerusform>
            <numerusform>Conservés dans l&apos;archive restreinte jusqu&apos;au %1 (%2, reçus fiscaux)&#xa0;: le nom, l&apos;adresse et le SIREN des %n reçus émis.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kept until %1 (%2, accounting records): the gifts with their amounts, and the name in the restricted archive; every campaign&apos;s accounts still add up.</source>
        <translation>Conservés jusqu&apos;au %1 (%2, pièces comptables)&#xa0;: les dons avec leurs montants, et le nom dans l&apos;archive restreinte&#xa0;; les comptes de chaque campagne restent justes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing is archived: no receipt of the last six years, no gift of the last ten.</source>
        <translation>Rien n&apos;est archivé&#xa0;: aucun reçu des six dernières années, aucun don des dix dernières.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The restricted archive is never listed, searched, synced nor exported for solicitation; it is purged once %1 has passed.</source>
        <translation>L&apos;archive restreinte n&apos;est jamais listée, cherchée, synchronisée ni exportée pour une sollicitation&#xa0;; elle est purgée une fois le %1 passé.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reason: say why the donor&apos;s data is erased (whose request, of which date); the privacy log keeps it.</source>
        <translation>Motif&#xa0;: dites pourquoi les données du donateur sont effacées (à la demande de qui, de quelle date)&#xa0;; le journal des données personnelles le conserve.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No donor has the identifier %1.</source>
        <translation>Aucun donateur n&apos;a l&apos;identifiant %1.</translation>
    </message>
</context>
<context>
    <name>DonorExport</name>
    <message>
        <location filename="../models/reports/DonorExport.cpp" line="+35"/>
        <location line="+15"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>May be contacted</source>
        <translation>Peut être contacté</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Donations</source>
        <translation>Dons</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Given</source>
        <translation>Total donné</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Donor id</source>
        <translation>Identifiant du donateur</translation>
    </message>
</context>
<context>
    <name>DonorRightsCommands</name>
    <message>
        <location filename="../app/cli/DonorRightsCommands.cpp" line="+53"/>
        <source>The option %1 FILE is required.</source>
        <translation>L&apos;option %1 FILE est obligatoire.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 takes json or pdf, not &quot;%2&quot;.</source>
        <translation>%1 prend json ou pdf, pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>The donor&apos;s data (%n gift(s), %1) written to %2; the export is in the privacy log.</source>
        <translation>
            <numerusform>Données du donateur (%n don, %1) écrites dans %2&#xa0;; l&apos;export figure dans le journal des données personnelles.</numerusform>
            <numerusform>Données du donateur (%n dons, %1) écrites dans %2&#xa0;; l&apos;export figure dans le journal des données personnelles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n receipt(s)</source>
        <translation>
            <numerusform>%n reçu</numerusform>
            <numerusform>%n reçus</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The option %1 TEXT is required: say why the donor&apos;s data is erased (whose request, of which date).</source>
        <translation>L&apos;option %1 TEXT est obligatoire&#xa0;: dites pourquoi les données du donateur sont effacées (à la demande de qui, de quelle date).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No donor has the identifier %1.</source>
        <translation>Aucun donateur n&apos;a l&apos;identifiant %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing was erased; add %1 to erase the donor&apos;s data as described.</source>
        <translation>Rien n&apos;a été effacé&#xa0;; ajoutez %1 pour effacer les données du donateur comme décrit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The donor was not erased:</source>
        <translation>Le donateur n&apos;a pas été effacé&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Donor erased; the erasure is in the privacy log.</source>
        <translation>Donateur effacé&#xa0;; l&apos;effacement figure dans le journal des données personnelles.</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+44"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+86"/>
        <source>Donor</source>
        <translation>Donateur</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Kept until</source>
        <translation>Conservé jusqu&apos;au</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Legal basis</source>
        <translation>Fondement juridique</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n archive row(s) purged; each purge is in the privacy log.</source>
        <translation>
            <numerusform>%n archive purgée&#xa0;; chaque purge figure dans le journal des données personnelles.</numerusform>
            <numerusform>%n archives purgées&#xa0;; chaque purge figure dans le journal des données personnelles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Due for purge: %n donor(s) whose restricted archive has passed its last day.</source>
        <translation>
            <numerusform>À purger&#xa0;: %n donateur dont l&apos;archive restreinte a dépassé son dernier jour.</numerusform>
            <numerusform>À purger&#xa0;: %n donateurs dont l&apos;archive restreinte a dépassé son dernier jour.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Purge them with: donors retention %1</source>
        <translation>Purgez-les avec&#xa0;: donors retention %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Consent to renew: %n donor(s) without contact for %1 years.</source>
        <translation>
            <numerusform>Consentement à renouveler&#xa0;: %n donateur sans contact depuis %1 ans.</numerusform>
            <numerusform>Consentement à renouveler&#xa0;: %n donateurs sans contact depuis %1 ans.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 takes a number of lines, 1 or more.</source>
        <translation>%1 prend un nombre de lignes, 1 ou plus.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The privacy log is empty.</source>
        <translation>Le journal des données personnelles est vide.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Write everything the desk holds about a donor (identity, consent, gifts, receipts, reconciliation) to a JSON file, or a PDF in the interface&apos;s language when FILE ends in .pdf or --format pdf; logged in the privacy log.</source>
        <translation>Écrire tout ce que le bureau détient sur un donateur (identité, consentement, dons, reçus, rapprochement) dans un fichier JSON, ou un PDF dans la langue de l&apos;interface quand FILE finit par .pdf ou avec --format pdf&#xa0;; inscrit au journal des données personnelles.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Erase a donor&apos;s data within the law: show what goes and what the restricted archive keeps, and until when; with --yes, erase it (logged, synced to the other desks).</source>
        <translation>Effacer les données d&apos;un donateur dans le respect de la loi&#xa0;: montrer ce qui part et ce que l&apos;archive restreinte garde, et jusqu&apos;à quand&#xa0;; avec --yes, les effacer (inscrit au journal, synchronisé vers les autres bureaux).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>List the erased donors whose restricted archive is due for purge and the donors whose consent to be contacted should be asked again; --purge purges what is due (logged).</source>
        <translation>Lister les donateurs effacés dont l&apos;archive restreinte est à purger et les donateurs à qui redemander leur consentement à être contactés&#xa0;; --purge purge ce qui est dû (inscrit au journal).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show the privacy log (every export, erasure and purge: who, when, what, why), newest first; of one donor with ID.</source>
        <translation>Afficher le journal des données personnelles (chaque export, effacement et purge&#xa0;: qui, quand, quoi, pourquoi), le plus récent d&apos;abord&#xa0;; celui d&apos;un seul donateur avec ID.</translation>
    </message>
</context>
<context>
    <name>DossierPdf</name>
    <message>
        <location filename="../models/review/DossierPdf.cpp" line="+45"/>
        <source>Not filled in.</source>
        <translation>Non renseigné.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dossier submitted to the board of directors</source>
        <translation>Dossier soumis au conseil d&apos;administration</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Printed on %1.</source>
        <translation>Imprimé le %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As frozen for review round no. %1, opened on %2 (%3).</source>
        <translation>Tel que figé pour le tour d&apos;examen n° %1, ouvert le %2 (%3).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The dossier as it stands: no review round holds this version.</source>
        <translation>Le dossier tel qu&apos;il est&#xa0;: aucun tour d&apos;examen ne porte cette version.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fingerprint of the dossier</source>
        <translation>Empreinte du dossier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In full (SHA-256): %1</source>
        <translation>En entier (SHA-256)&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every page carries the first digits of the fingerprint: a page printed from another version of the dossier shows other digits.</source>
        <translation>Chaque page porte les premiers chiffres de l&apos;empreinte&#xa0;: une page imprimée d&apos;une autre version du dossier en porte d&apos;autres.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The case</source>
        <translation>L&apos;affaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Court</source>
        <translation>Juridiction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opposing party</source>
        <translation>Partie adverse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The harm</source>
        <translation>Le préjudice</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legal basis</source>
        <translation>Fondement juridique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lawyer, assessment and risks</source>
        <translation>Avocat, évaluation et risques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lawyer in charge</source>
        <translation>Avocat en charge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lawyer&apos;s assessment of the prospects</source>
        <translation>L&apos;évaluation des chances par l&apos;avocat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Risks</source>
        <translation>Risques</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Adverse costs the association may be ordered to pay if it loses: %1.</source>
        <translation>Frais que l&apos;association pourrait être condamnée à payer si elle perd&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adverse costs the association may be ordered to pay if it loses: none estimated.</source>
        <translation>Frais que l&apos;association pourrait être condamnée à payer si elle perd&#xa0;: aucune estimation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why the association</source>
        <translation>Pourquoi l&apos;association</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No budget line.</source>
        <translation>Aucune ligne de budget.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What reaches the case</source>
        <translation>Ce qui parvient à l&apos;action</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Funding goal</source>
        <translation>Objectif de collecte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Platform commission (%1 %)</source>
        <translation>Commission de la plateforme (%1&#xa0;%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>− %1</source>
        <translation>− %1</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Flat campaign fee</source>
        <translation>Frais fixes de campagne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Net for the legal action</source>
        <translation>Net pour l&apos;action en justice</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Budget for the case (platform fees aside)</source>
        <translation>Budget de l&apos;action (hors frais de plateforme)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No funding goal is set yet.</source>
        <translation>Aucun objectif de collecte n&apos;est encore fixé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If the goal is reached, %1 of the budget for the case is still missing.</source>
        <translation>Si l&apos;objectif est atteint, il manque encore %1 au budget de l&apos;action.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If the goal is reached, the association receives %1, which covers the budget for the case.</source>
        <translation>Si l&apos;objectif est atteint, l&apos;association reçoit %1, ce qui couvre le budget de l&apos;action.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Dossier: %1</source>
        <translation>Dossier&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use of funds</source>
        <translation>Utilisation des fonds</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot write the dossier %1: %2</source>
        <translation>Impossible d&apos;écrire le dossier %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../models/review/ReviewPdfReads.cpp" line="+126"/>
        <location line="+16"/>
        <source>There is no campaign %1.</source>
        <translation>Il n&apos;y a pas de campagne %1.</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>The campaign has no review round %1.</source>
        <translation>La campagne n&apos;a pas de tour d&apos;examen %1.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>The dossier frozen for round %1 cannot be read.</source>
        <translation>Le dossier figé du tour %1 est illisible.</translation>
    </message>
    <message>
        <location filename="../models/review/DossierPdfParts.cpp" line="+32"/>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>dans %n jour</numerusform>
            <numerusform>dans %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>il y a %n jour</numerusform>
            <numerusform>il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Procedures and timeline</source>
        <translation>Procédures et calendrier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No procedure is under way.</source>
        <translation>Aucune procédure n&apos;est en cours.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+190"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="-187"/>
        <source>Lawyer: %1</source>
        <translation>Avocat&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parties: %1</source>
        <translation>Parties&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+56"/>
        <location line="+24"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Deadlines ahead</source>
        <translation>Échéances à venir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No open deadline.</source>
        <translation>Aucune échéance ouverte.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+70"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Deadline</source>
        <translation>Délai</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Procedure</source>
        <translation>Procédure</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Evidence</source>
        <translation>Pièces</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No piece yet.</source>
        <translation>Aucune pièce pour le moment.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each piece is named by the first digits of its SHA-256: the copy a member holds is the piece of the dossier when its digits match.</source>
        <translation>Chaque pièce est désignée par les premiers chiffres de son SHA-256&#xa0;: la copie d&apos;un membre est bien la pièce du dossier quand ses chiffres concordent.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Press</source>
        <translation>Presse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No press article.</source>
        <translation>Aucun article de presse.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outlet</source>
        <translation>Média</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Status history</source>
        <translation>Historique des statuts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change</source>
        <translation>Changement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Created as %1</source>
        <translation>Créée en %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The review so far</source>
        <translation>L&apos;examen jusqu&apos;ici</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This version of the dossier has not been submitted to the board.</source>
        <translation>Cette version du dossier n&apos;a pas été soumise au conseil.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Review round no. %1, opened on %2 by %3: %4.</source>
        <translation>Tour d&apos;examen n° %1, ouvert le %2 par %3&#xa0;: %4.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Superseded because: %1</source>
        <translation>Remplacé parce que&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is recused: %2</source>
        <translation>%1 est récusé&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No vote yet.</source>
        <translation>Aucun vote pour le moment.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cast on</source>
        <translation>Exprimé le</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Form</source>
        <translation>Forme</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No comment yet.</source>
        <translation>Aucun commentaire pour le moment.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>resolved</source>
        <translation>résolu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
</context>
<context>
    <name>DossierSectionText</name>
    <message>
        <location filename="../models/review/DossierSectionText.cpp" line="+36"/>
        <source>not filled in</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Harm</source>
        <translation>Atteinte combattue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal basis</source>
        <translation>Fondement juridique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Court</source>
        <translation>Juridiction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opposing party</source>
        <translation>Partie adverse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lawyer in charge</source>
        <translation>Avocat en charge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The lawyer&apos;s assessment of the prospects</source>
        <translation>L&apos;évaluation des chances par l&apos;avocat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Risks</source>
        <translation>Risques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adverse costs if the case is lost</source>
        <translation>Frais à la charge de l&apos;association si l&apos;action échoue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why the association is the one to act</source>
        <translation>Pourquoi l&apos;association est celle qui doit agir</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+18"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Goal raised from donors</source>
        <translation>Objectif collecté auprès des donateurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platform commission (%1 %)</source>
        <translation>Commission de la plateforme (%1&#xa0;%)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Flat fees</source>
        <translation>Frais fixes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What reaches the case</source>
        <translation>Ce qui revient à l&apos;action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget of the case (without platform fees)</source>
        <translation>Budget de l&apos;action (hors frais de plateforme)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Item</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the money will be used</source>
        <translation>Utilisation des fonds</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No press article.</source>
        <translation>Aucun article de presse.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+22"/>
        <location line="+33"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Outlet</source>
        <translation>Média</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+21"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>No evidence yet.</source>
        <translation>Aucune pièce pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Lawyer: %1</source>
        <translation>Avocat&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parties: %1</source>
        <translation>Parties&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Deadline: %1</source>
        <translation>Échéance&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No milestone yet.</source>
        <translation>Aucune étape pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Milestone or deadline</source>
        <translation>Étape ou échéance</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No procedure yet.</source>
        <translation>Aucune procédure pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>DossierSnapshot</name>
    <message>
        <location filename="../models/review/DossierChanges.cpp" line="+112"/>
        <source>%1 % and %2 per campaign</source>
        <translation>%1&#xa0;% et %2 par campagne</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Title changed</source>
        <translation>Titre modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary changed</source>
        <translation>Résumé modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description changed</source>
        <translation>Description modifiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cause changed</source>
        <translation>Cause modifiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Harm changed</source>
        <translation>Préjudice modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal basis changed</source>
        <translation>Fondement juridique modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Court changed</source>
        <translation>Juridiction modifiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opposing party changed</source>
        <translation>Partie adverse modifiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal changed</source>
        <translation>Objectif modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End date changed</source>
        <translation>Date de fin modifiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lawyer changed</source>
        <translation>Avocat modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lawyer&apos;s assessment changed</source>
        <translation>Analyse de l&apos;avocat modifiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risks changed</source>
        <translation>Risques modifiés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adverse costs changed</source>
        <translation>Frais de l&apos;adversaire à payer en cas d&apos;échec modifiés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the association acts changed</source>
        <translation>Raison d&apos;agir de l&apos;association modifiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use of funds changed</source>
        <translation>Utilisation des fonds modifiée</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Budget line « %1 » added</source>
        <translation>Ligne de budget «&#xa0;%1&#xa0;» ajoutée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Budget line « %1 » removed</source>
        <translation>Ligne de budget «&#xa0;%1&#xa0;» supprimée</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Budget line « %1 »: %2 → %3</source>
        <translation>Ligne de budget «&#xa0;%1&#xa0;»&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Budget line « %1 » renamed « %2 »</source>
        <translation>Ligne de budget «&#xa0;%1&#xa0;» renommée «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Budget line « %1 »: kind changed</source>
        <translation>Ligne de budget «&#xa0;%1&#xa0;»&#xa0;: nature modifiée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Budget lines reordered</source>
        <translation>Lignes de budget réordonnées</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Platform fees changed</source>
        <translation>Frais de la plateforme modifiés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What reaches the case changed</source>
        <translation>Montant qui revient à l&apos;action modifié</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Press article « %1 » added</source>
        <translation>Article de presse «&#xa0;%1&#xa0;» ajouté</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Press article « %1 » removed</source>
        <translation>Article de presse «&#xa0;%1&#xa0;» supprimé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Press article « %1 » changed</source>
        <translation>Article de presse «&#xa0;%1&#xa0;» modifié</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Press articles reordered</source>
        <translation>Articles de presse réordonnés</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (%2, %3), SHA-256 %4</source>
        <translation>%1 (%2, %3), SHA-256 %4</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Piece %1 added</source>
        <translation>Pièce %1 ajoutée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Piece %1 removed</source>
        <translation>Pièce %1 supprimée</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Piece %1 is now %2</source>
        <translation>La pièce %1 devient %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Piece %1: title changed</source>
        <translation>Pièce %1&#xa0;: titre modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Piece %1: date changed</source>
        <translation>Pièce %1&#xa0;: date modifiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Piece %1: source changed</source>
        <translation>Pièce %1&#xa0;: source modifiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Piece %1: its file changed</source>
        <translation>Pièce %1&#xa0;: son fichier a changé</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Procedure « %1 » added</source>
        <translation>Procédure «&#xa0;%1&#xa0;» ajoutée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Procedure « %1 » removed</source>
        <translation>Procédure «&#xa0;%1&#xa0;» supprimée</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Procedure « %1 »: court changed</source>
        <translation>Procédure «&#xa0;%1&#xa0;»&#xa0;: juridiction modifiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedure « %1 »: court name changed</source>
        <translation>Procédure «&#xa0;%1&#xa0;»&#xa0;: nom de la juridiction modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedure « %1 »: kind changed</source>
        <translation>Procédure «&#xa0;%1&#xa0;»&#xa0;: type de recours modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedure « %1 »: case number changed</source>
        <translation>Procédure «&#xa0;%1&#xa0;»&#xa0;: numéro de l&apos;affaire modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedure « %1 »: lawyer changed</source>
        <translation>Procédure «&#xa0;%1&#xa0;»&#xa0;: avocat modifié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedure « %1 »: parties changed</source>
        <translation>Procédure «&#xa0;%1&#xa0;»&#xa0;: parties modifiées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedure « %1 »: status changed</source>
        <translation>Procédure «&#xa0;%1&#xa0;»&#xa0;: état modifié</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Procedure « %1 »: the decision it appeals changed</source>
        <translation>Procédure «&#xa0;%1&#xa0;»&#xa0;: la décision contestée a changé</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Milestone « %1 » added</source>
        <translation>Étape «&#xa0;%1&#xa0;» ajoutée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Milestone « %1 » removed</source>
        <translation>Étape «&#xa0;%1&#xa0;» supprimée</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Milestone « %1 »: %2 → %3</source>
        <translation>Étape «&#xa0;%1&#xa0;»&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Milestone « %1 » renamed « %2 »</source>
        <translation>Étape «&#xa0;%1&#xa0;» renommée «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Milestone « %1 »: kind changed</source>
        <translation>Étape «&#xa0;%1&#xa0;»&#xa0;: nature modifiée</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deadline « %1 » added</source>
        <translation>Délai «&#xa0;%1&#xa0;» ajouté</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deadline « %1 » met or removed</source>
        <translation>Délai «&#xa0;%1&#xa0;» respecté ou supprimé</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deadline « %1 »: %2 → %3</source>
        <translation>Délai «&#xa0;%1&#xa0;»&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deadline « %1 » renamed « %2 »</source>
        <translation>Délai «&#xa0;%1&#xa0;» renommé «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../models/review/DossierSnapshot.cpp" line="+225"/>
        <source>The case</source>
        <translation>L&apos;affaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lawyer&apos;s assessment and the risks</source>
        <translation>L&apos;analyse de l&apos;avocat et les risques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Budget line « %1 »</source>
        <translation>Ligne de budget «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fees, what reaches the case and use of funds</source>
        <translation>Frais, montant qui revient à l&apos;action et utilisation des fonds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press</source>
        <translation>Presse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Pièces</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Piece %1: %2</source>
        <translation>Pièce %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Procedures</source>
        <translation>Procédures</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Procedure: %1</source>
        <translation>Procédure&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>EvidenceCommands</name>
    <message>
        <location filename="../app/cli/EvidenceCommands.cpp" line="+48"/>
        <source>%1: &quot;%2&quot; is not a piece number (1 for the first piece).</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un numéro de pièce (1 pour la première pièce).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The campaign &quot;%1&quot; has no piece no. %2.</source>
        <translation>La campagne «&#xa0;%1&#xa0;» n&apos;a pas de pièce n°&#xa0;%2.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>public</source>
        <translation>publique</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>private</source>
        <translation>privée</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 names one piece; attach the files one at a time to give each a title.</source>
        <translation>%1 désigne une seule pièce&#xa0;; joignez les fichiers un par un pour donner un titre à chacun.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: already attached as piece no. %2 &quot;%3&quot;; not added again.</source>
        <translation>%1&#xa0;: déjà joint comme pièce n°&#xa0;%2 «&#xa0;%3&#xa0;»&#xa0;; non ajouté une seconde fois.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: piece no. %2 &quot;%3&quot; (the same file is already in the vault for another campaign; it is stored once).</source>
        <translation>%1&#xa0;: pièce n°&#xa0;%2 «&#xa0;%3&#xa0;» (le même fichier figure déjà dans le coffre pour une autre campagne&#xa0;; il n&apos;est stocké qu&apos;une fois).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: piece no. %2 &quot;%3&quot;</source>
        <translation>%1&#xa0;: pièce n°&#xa0;%2 «&#xa0;%3&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n file(s) could not be attached; the others were.</source>
        <translation>
            <numerusform>%n fichier n&apos;a pas pu être joint&#xa0;; les autres l&apos;ont été.</numerusform>
            <numerusform>%n fichiers n&apos;ont pas pu être joints&#xa0;; les autres l&apos;ont été.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The campaign &quot;%1&quot; has no pieces yet.</source>
        <translation>La campagne «&#xa0;%1&#xa0;» n&apos;a encore aucune pièce.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+16"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+17"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+21"/>
        <source>Visibility</source>
        <translation>Visibilité</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+23"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+24"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+21"/>
        <source>Original file</source>
        <translation>Fichier d&apos;origine</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Piece</source>
        <translation>Pièce</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no. %1</source>
        <translation>n°&#xa0;%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attached</source>
        <translation>Date d&apos;ajout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stored at</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>FIELD: unknown field &quot;%1&quot;; use one of %2.</source>
        <translation>FIELD&#xa0;: champ inconnu «&#xa0;%1&#xa0;»&#xa0;; utilisez l&apos;un des champs suivants&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Piece no. %1 &quot;%2&quot; updated.</source>
        <translation>Pièce n°&#xa0;%1 «&#xa0;%2&#xa0;» mise à jour.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; is now piece no. %2; the list is numbered 1 to %3.</source>
        <translation>«&#xa0;%1&#xa0;» est désormais la pièce n°&#xa0;%2&#xa0;; la liste est numérotée de 1 à %3.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Piece no. %1 &quot;%2&quot; removed; the other pieces keep their numbers.</source>
        <translation>Pièce n°&#xa0;%1 «&#xa0;%2&#xa0;» supprimée&#xa0;; les autres pièces conservent leur numéro.</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%n piece(s) checked: every file is intact.</source>
        <translation>
            <numerusform>%n pièce vérifiée&#xa0;: tous les fichiers sont intacts.</numerusform>
            <numerusform>%n pièces vérifiées&#xa0;: tous les fichiers sont intacts.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Campaign &quot;%1&quot;, piece no. %2 &quot;%3&quot; (%4): %5</source>
        <translation>Campagne «&#xa0;%1&#xa0;», pièce n°&#xa0;%2 «&#xa0;%3&#xa0;» (%4)&#xa0;: %5</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n of %1 piece(s) failed the integrity check:</source>
        <translation>
            <numerusform>%n pièce sur %1 a échoué au contrôle d&apos;intégrité&#xa0;:</numerusform>
            <numerusform>%n pièces sur %1 ont échoué au contrôle d&apos;intégrité&#xa0;:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n unreferenced file(s) removed from the evidence folder.</source>
        <translation>
            <numerusform>%n fichier non référencé supprimé du dossier des pièces.</numerusform>
            <numerusform>%n fichiers non référencés supprimés du dossier des pièces.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--set: &quot;%1&quot; is not a size in MiB (1 to 1048576).</source>
        <translation>--set&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une taille en Mio (de 1 à 1048576).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Largest file accepted as a piece: %1 MiB.</source>
        <translation>Taille maximale d&apos;un fichier accepté comme pièce&#xa0;: %1 Mio.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Copy files into the evidence vault as the campaign&apos;s next pieces (private unless --public).</source>
        <translation>Copier des fichiers dans le coffre des pièces comme pièces suivantes de la campagne (privées, sauf avec --public).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>List the campaign&apos;s pieces in exhibit order.</source>
        <translation>Lister les pièces de la campagne dans l&apos;ordre de leur numérotation.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show one piece and where its file is.</source>
        <translation>Afficher une pièce et l&apos;emplacement de son fichier.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change a piece&apos;s title, date, source, description, tags or public flag.</source>
        <translation>Modifier le titre, la date, la source, la description, les étiquettes ou la visibilité publique d&apos;une pièce.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move a piece to another place in the list and number the list from 1 again.</source>
        <translation>Déplacer une pièce dans la liste et renuméroter la liste à partir de 1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove a piece; the others keep their numbers. Its file goes when no piece uses it.</source>
        <translation>Supprimer une pièce&#xa0;; les autres conservent leur numéro. Son fichier est effacé lorsque plus aucune pièce ne l&apos;utilise.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re-hash every stored file; exit status 1 and one line per missing or altered piece.</source>
        <translation>Recalculer l&apos;empreinte de chaque fichier stocké&#xa0;; code de sortie 1 et une ligne par pièce manquante ou altérée.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete vault files no piece uses any more, and abandoned copies.</source>
        <translation>Effacer les fichiers du coffre qu&apos;aucune pièce n&apos;utilise plus, ainsi que les copies abandonnées.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show or set the largest file accepted as a piece (default 512 MiB).</source>
        <translation>Afficher ou définir la taille maximale d&apos;un fichier accepté comme pièce (par défaut&#xa0;: 512 Mio).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Evidence FIELD: %1. LIST: piece numbers and ranges, e.g. 1,3-5. Dates: yyyy-mm-dd.</source>
        <translation>FIELD des pièces&#xa0;: %1. LIST&#xa0;: numéros et plages de pièces, par exemple 1,3-5. Dates&#xa0;: aaaa-mm-jj.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The bordereau takes the court, case number, lawyer and parties from the campaign&apos;s procedure (when it has exactly one, or --procedure); the options override them.</source>
        <translation>Le bordereau reprend la juridiction, le numéro d&apos;affaire, l&apos;avocat et les parties de la procédure de la campagne (si elle n&apos;en a qu&apos;une, ou celle indiquée par --procedure)&#xa0;; les options les remplacent.</translation>
    </message>
</context>
<context>
    <name>EvidenceExport</name>
    <message>
        <location filename="../models/evidence/EvidenceExport.cpp" line="+40"/>
        <source>Piece no. %1 &quot;%2&quot;: its file is missing from the evidence folder.</source>
        <translation>Pièce n°&#xa0;%1 «&#xa0;%2&#xa0;»&#xa0;: son fichier est absent du dossier des pièces.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+17"/>
        <location line="+13"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Cannot read the file of piece no. %1: %2</source>
        <translation>Impossible de lire le fichier de la pièce n°&#xa0;%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Piece no. %1 &quot;%2&quot; was not exported: its file changed since it was attached. Run an integrity check.</source>
        <translation>La pièce n°&#xa0;%1 «&#xa0;%2&#xa0;» n&apos;a pas été exportée&#xa0;: son fichier a été modifié depuis qu&apos;elle a été jointe. Lancez un contrôle d&apos;intégrité.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>&quot;%1&quot; is not a piece number or a range like 3-5.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni un numéro de pièce ni une plage comme 3-5.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+26"/>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>No piece is selected for the export to %1.</source>
        <translation>Aucune pièce n&apos;est sélectionnée pour l&apos;export vers %1.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The folder %1 already holds %2; choose an empty folder. Nothing was exported.</source>
        <translation>Le dossier %1 contient déjà %2&#xa0;; choisissez un dossier vide. Rien n&apos;a été exporté.</translation>
    </message>
</context>
<context>
    <name>EvidenceExportCommands</name>
    <message>
        <location filename="../app/cli/EvidenceExportCommands.cpp" line="+52"/>
        <source>The procedure %1 is not one of the campaign &quot;%2&quot;.</source>
        <translation>La procédure %1 n&apos;appartient pas à la campagne «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The campaign &quot;%1&quot; has no piece no. %2.</source>
        <translation>La campagne «&#xa0;%1&#xa0;» n&apos;a pas de pièce n°&#xa0;%2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The option %1 is required.</source>
        <translation>L&apos;option %1 est obligatoire.</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Bordereau of %n piece(s) written to %1.</source>
        <translation>
            <numerusform>Bordereau de %n pièce écrit dans %1.</numerusform>
            <numerusform>Bordereau de %n pièces écrit dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n piece(s) and the bordereau written to %1:</source>
        <translation>
            <numerusform>%n pièce et le bordereau écrits dans %1&#xa0;:</numerusform>
            <numerusform>%n pièces et le bordereau écrits dans %1&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Write the bordereau de communication de pièces (PDF, in French) of the campaign&apos;s pieces.</source>
        <translation>Écrire le bordereau de communication de pièces (PDF, en français) des pièces de la campagne.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Copy pieces into a folder as Piece_01.pdf, Piece_02.jpg… with their bordereau, each copy checked.</source>
        <translation>Copier des pièces dans un dossier sous les noms Piece_01.pdf, Piece_02.jpg… avec leur bordereau, chaque copie étant vérifiée.</translation>
    </message>
</context>
<context>
    <name>EvidenceSync</name>
    <message>
        <location filename="../models/sync/kinds/EvidenceKind.cpp" line="+74"/>
        <source>The piece &quot;%1&quot; received from the platform was left out: its campaign %2 is not on this desk.</source>
        <translation>La pièce «&#xa0;%1&#xa0;» reçue de la plateforme a été laissée de côté&#xa0;: sa campagne %2 n&apos;est pas sur ce bureau.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Piece no. %1 &quot;%2&quot; received from the platform is no. %3 on this desk: no. %1 was already taken here.</source>
        <translation>La pièce n° %1 «&#xa0;%2&#xa0;» reçue de la plateforme porte le n° %3 sur ce bureau&#xa0;: le n° %1 y était déjà pris.</translation>
    </message>
</context>
<context>
    <name>FrenchCalendar</name>
    <message>
        <location filename="../models/procedures/FrenchCalendar.cpp" line="+36"/>
        <source>New Year&apos;s Day</source>
        <translation>Jour de l&apos;an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Easter Monday</source>
        <translation>Lundi de Pâques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labour Day</source>
        <translation>Fête du Travail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Victory in Europe Day</source>
        <translation>Victoire 1945</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ascension Day</source>
        <translation>Ascension</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whit Monday</source>
        <translation>Lundi de Pentecôte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bastille Day</source>
        <translation>Fête nationale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assumption Day</source>
        <translation>Assomption</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All Saints&apos; Day</source>
        <translation>Toussaint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Armistice Day</source>
        <translation>Armistice 1918</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Christmas Day</source>
        <translation>Noël</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Good Friday</source>
        <translation>Vendredi saint</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>St Stephen&apos;s Day (26 December)</source>
        <translation>Saint-Étienne (26 décembre)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 is %2, a public holiday</source>
        <translation>%1 est un jour férié (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a Saturday</source>
        <translation>%1 est un samedi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a Sunday</source>
        <translation>%1 est un dimanche</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Alsace-Moselle (Bas-Rhin, Haut-Rhin, Moselle)</source>
        <translation>Alsace-Moselle (Bas-Rhin, Haut-Rhin, Moselle)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metropolitan France</source>
        <translation>France métropolitaine</translation>
    </message>
</context>
<context>
    <name>GuiOptions</name>
    <message>
        <location filename="../app/gui/GuiOptions.cpp" line="+26"/>
        <source>CaseDesk: legal-action campaigns, evidence and donations for associations.</source>
        <translation>CaseDesk&#xa0;: campagnes d&apos;action en justice, pièces et dons pour les associations.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the desk stored in &lt;file&gt;.</source>
        <translation>Ouvrir le bureau enregistré dans &lt;fichier&gt;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill an empty desk with demo campaigns.</source>
        <translation>Remplir un bureau vide avec des campagnes de démonstration.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Render the main window to &lt;png&gt; and exit.</source>
        <translation>Enregistrer une image de la fenêtre principale dans &lt;png&gt; et quitter.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>png</source>
        <translation>png</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface language: fr or en.</source>
        <translation>Langue de l&apos;interface&#xa0;: fr ou en.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--lang takes fr or en, not &quot;%1&quot;</source>
        <translation>--lang accepte fr ou en, pas «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>HelloAssoReader</name>
    <message>
        <location filename="../models/donations/platform/HelloAssoReader.cpp" line="+96"/>
        <source>unknown state &quot;%1&quot; (expected Authorized, Registered, Pending, Refused, Canceled, Refunded, Refunding, Contested...)</source>
        <translation>état inconnu «&#xa0;%1&#xa0;» (attendu&#xa0;: Authorized, Registered, Pending, Refused, Canceled, Refunded, Refunding, Contested...)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the amount must be more than zero</source>
        <translation>le montant doit être supérieur à zéro</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the contribution to HelloAsso must be less than the payment</source>
        <translation>la contribution à HelloAsso doit être inférieure au paiement</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>expected HelloAsso payments ({&quot;data&quot;: [...]})</source>
        <translation>attendu&#xa0;: des paiements HelloAsso ({&quot;data&quot;: [...]})</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>missing column &quot;%1&quot;</source>
        <translation>colonne «&#xa0;%1&#xa0;» manquante</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+17"/>
        <source>expected an amount such as 25,00, found &quot;%1&quot;</source>
        <translation>attendu&#xa0;: un montant comme 25,00&#xa0;; trouvé&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>the payment number is empty</source>
        <translation>le numéro de paiement est vide</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a date such as 14/03/2026, found &quot;%1&quot;</source>
        <translation>attendu&#xa0;: une date comme 14/03/2026&#xa0;; trouvé&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown state &quot;%1&quot;</source>
        <translation>état inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ICalendarWriter</name>
    <message>
        <location filename="../models/reports/ICalendarWriter.cpp" line="+106"/>
        <source>CaseDesk: procedures and deadlines</source>
        <translation>CaseDesk&#xa0;: procédures et délais</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+4"/>
        <source>Cannot write the calendar file %1: %2</source>
        <translation>Impossible d&apos;écrire le fichier de calendrier %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Deadline met: %1 (%2)</source>
        <translation>Échéance respectée&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DEADLINE: %1 (%2)</source>
        <translation>ÉCHÉANCE&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Campaign: %1</source>
        <translation>Campagne&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedure: %1, %2</source>
        <translation>Procédure&#xa0;: %1, %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lawyer: %1</source>
        <translation>Avocat&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Iban</name>
    <message>
        <location filename="../models/donations/ledger/BankAccount.cpp" line="+57"/>
        <source>The IBAN is empty.</source>
        <translation>L&apos;IBAN est vide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not an IBAN: it must start with a two-letter country code and two check digits, followed by 11 to 30 letters or digits.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un IBAN&#xa0;: il doit commencer par un code pays de deux lettres et deux chiffres de contrôle, suivis de 11 à 30 lettres ou chiffres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The IBAN &quot;%1&quot; has wrong check digits (mod-97 check): a character is probably mistyped.</source>
        <translation>Les chiffres de contrôle de l&apos;IBAN «&#xa0;%1&#xa0;» sont erronés (contrôle modulo 97)&#xa0;: un caractère a probablement été mal saisi.</translation>
    </message>
</context>
<context>
    <name>ImportCommands</name>
    <message>
        <location filename="../app/cli/ImportCommands.cpp" line="+46"/>
        <source>No CSV mapping is named &quot;%1&quot;; saved mappings: %2.</source>
        <translation>Aucun modèle CSV ne s&apos;appelle «&#xa0;%1&#xa0;»&#xa0;; modèles enregistrés&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The CSV mapping &quot;%1&quot; cannot be read: %2</source>
        <translation>Le modèle CSV «&#xa0;%1&#xa0;» ne peut pas être lu&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+106"/>
        <source>%1: no such file.</source>
        <translation>%1&#xa0;: fichier introuvable.</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>%1 takes camt, ofx or csv, not &quot;%2&quot;.</source>
        <translation>%1 accepte camt, ofx ou csv, pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: &quot;%2&quot; is not a line of the file (1 to %3).</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une ligne du fichier (de 1 à %3).</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>line %1 (file line %2): duplicate, %3</source>
        <translation>ligne %1 (ligne %2 du fichier)&#xa0;: doublon, %3</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>… and %n more duplicate(s) (--json lists them all)</source>
        <translation>
            <numerusform>… et %n autre doublon (--json les liste tous)</numerusform>
            <numerusform>… et %n autres doublons (--json les liste tous)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+40"/>
        <source>dry run: %1</source>
        <translation>simulation&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>No campaign of this desk is known for the platform campaign(s) %1; give one with %2 ID.</source>
        <translation>Aucune campagne de ce bureau ne correspond à la ou aux campagnes de la plateforme %1&#xa0;; indiquez-en une avec %2 ID.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Import a bank statement (CAMT.053, OFX or CSV); lines already in the desk are skipped.</source>
        <translation>Importer un relevé bancaire (CAMT.053, OFX ou CSV)&#xa0;; les lignes déjà présentes dans le bureau sont ignorées.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import a platform export (Ulule, HelloAsso; JSON or CSV): donors, donations and payouts.</source>
        <translation>Importer un export de plateforme (Ulule, HelloAsso&#xa0;; JSON ou CSV)&#xa0;: donateurs, dons et versements.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A line is a duplicate when the bank&apos;s reference, or its date, amount and label (and its rank among identical lines of the file), are already in the account. --force N imports line N anyway.</source>
        <translation>Une ligne est un doublon lorsque sa référence bancaire, ou bien sa date, son montant et son libellé (ainsi que son rang parmi les lignes identiques du fichier), figurent déjà dans le compte. --force N importe quand même la ligne N.</translation>
    </message>
</context>
<context>
    <name>ImportResult</name>
    <message>
        <location filename="../models/donations/ledger/LedgerImport.cpp" line="+130"/>
        <source>imported %1, duplicates %2</source>
        <translation>importés&#xa0;: %1, doublons&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, updated %1</source>
        <translation>, mis à jour&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>KeychainCredentials</name>
    <message>
        <location filename="../models/sync/Credentials.cpp" line="+24"/>
        <source>the keychain refused access (its unlock prompt was cancelled or denied).</source>
        <translation>le trousseau a refusé l&apos;accès (sa fenêtre de déverrouillage a été annulée ou refusée).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no keychain service answers on this computer (such as GNOME Keyring or KWallet).</source>
        <translation>aucun service de trousseau ne répond sur cet ordinateur (tel que GNOME Keyring ou KWallet).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this computer&apos;s keychain cannot do that.</source>
        <translation>le trousseau de cet ordinateur ne sait pas le faire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the keychain would not remove the entry.</source>
        <translation>le trousseau a refusé de supprimer l&apos;entrée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the keychain did not answer as expected: it may be locked, its unlock prompt cancelled, or it has no keyring to store into.</source>
        <translation>le trousseau n&apos;a pas répondu comme prévu&#xa0;: il est peut-être verrouillé, sa fenêtre de déverrouillage a pu être annulée, ou il n&apos;a pas de trousseau où ranger le jeton.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The keychain holds no token for %1.</source>
        <translation>Le trousseau ne contient aucun jeton pour %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The keychain could not be read: %1</source>
        <translation>Impossible de lire le trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The token could not be stored in the keychain: %1</source>
        <translation>Impossible d&apos;enregistrer le jeton dans le trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The token could not be removed from the keychain: %1</source>
        <translation>Impossible de retirer le jeton du trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tokens are kept in this computer&apos;s keychain.</source>
        <translation>Les jetons sont rangés dans le trousseau de cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>LedgerCommands</name>
    <message>
        <location filename="../app/cli/LedgerCommands.cpp" line="+42"/>
        <source>The account was not added:</source>
        <translation>Le compte n&apos;a pas été ajouté&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Account %1 added.</source>
        <translation>Compte %1 ajouté.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Raised (paid)</source>
        <translation>Collecté (payé)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunded</source>
        <translation>Remboursé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform commission</source>
        <translation>Commission de la plateforme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment fees</source>
        <translation>Frais de paiement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flat campaign fee</source>
        <translation>Frais forfaitaires de campagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net received</source>
        <translation>Net reçu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still expected</source>
        <translation>Encore attendu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available for the case</source>
        <translation>Disponible pour l&apos;action</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add a bank account (the IBAN is checked).</source>
        <translation>Ajouter un compte bancaire (l&apos;IBAN est vérifié).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>List the bank accounts.</source>
        <translation>Lister les comptes bancaires.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A campaign&apos;s money: raised, refunded, fees, net received, still expected.</source>
        <translation>L&apos;argent d&apos;une campagne&#xa0;: collecté, remboursé, frais, net reçu, encore attendu.</translation>
    </message>
</context>
<context>
    <name>LedgerFeed</name>
    <message>
        <location filename="../models/sync/LedgerFeed.cpp" line="+62"/>
        <source>its amount is not a positive number of cents</source>
        <translation>son montant n&apos;est pas un nombre positif de centimes</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+20"/>
        <source>it has no date (YYYY-MM-DD)</source>
        <translation>il n&apos;a pas de date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>its status &quot;%1&quot; is not pending, paid, refunded or cancelled</source>
        <translation>son statut «&#xa0;%1&#xa0;» n&apos;est ni pending, ni paid, ni refunded, ni cancelled</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>it is now &quot;%1&quot; on the platform, but this desk cannot change it: %2</source>
        <translation>il est désormais «&#xa0;%1&#xa0;» sur la plateforme, mais ce bureau ne peut pas le modifier&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the platform withdrew it; the ledger keeps what it already holds</source>
        <translation>la plateforme l&apos;a retiré&#xa0;; le registre garde ce qu&apos;il contient déjà</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it names no campaign</source>
        <translation>il ne désigne aucune campagne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this desk does not have its campaign %1</source>
        <translation>ce bureau n&apos;a pas sa campagne %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The platform&apos;s donation %1 was left out: %2.</source>
        <translation>Le don %1 de la plateforme a été laissé de côté&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The platform&apos;s payout %1 was left out: %2.</source>
        <translation>Le versement %1 de la plateforme a été laissé de côté&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the platform&apos;s feed</source>
        <translation>le flux de la plateforme</translation>
    </message>
</context>
<context>
    <name>LedgerImport</name>
    <message>
        <location filename="../models/donations/ledger/StatementImport.cpp" line="+126"/>
        <source>No bank account has the identifier %1.</source>
        <translation>Aucun compte bancaire n&apos;a l&apos;identifiant %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is a statement of %1, not of the chosen account %2.</source>
        <translation>Le fichier est un relevé de %1, et non du compte choisi %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The statement is in %1; the account is in %2.</source>
        <translation>Le relevé est en %1&#xa0;; le compte est en %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 does not say which account it is for; choose the account to import into (--account IBAN).</source>
        <translation>%1 n&apos;indique pas à quel compte il se rapporte&#xa0;; choisissez le compte dans lequel importer (--account IBAN).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the statement&apos;s account: %2</source>
        <translation>%1&#xa0;: compte du relevé&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The account %1 is new to this desk; it will be added.</source>
        <translation>Le compte %1 est inconnu de ce bureau&#xa0;; il sera ajouté.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This very file was already imported on %1 (as &quot;%2&quot;).</source>
        <translation>Ce même fichier a déjà été importé le %1 (sous le nom «&#xa0;%2&#xa0;»).</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>same bank reference as line %1 of this file</source>
        <translation>même référence bancaire que la ligne %1 de ce fichier</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>same bank reference</source>
        <translation>même référence bancaire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>same date, amount and label</source>
        <translation>mêmes date, montant et libellé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 as line %2 of statement &apos;%3&apos; imported on %4</source>
        <translation>%1 que la ligne %2 du relevé «&#xa0;%3&#xa0;» importé le %4</translation>
    </message>
    <message>
        <location filename="../models/donations/ledger/LedgerImport.cpp" line="+69"/>
        <source>listed twice in this file (line %1)</source>
        <translation>figure deux fois dans ce fichier (ligne %1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>status %1 → %2</source>
        <translation>statut %1 → %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>already imported</source>
        <translation>déjà importé</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>No local campaign is chosen for the platform campaign(s) %1; choose one before importing.</source>
        <translation>Aucune campagne locale n&apos;est choisie pour la ou les campagnes de la plateforme %1&#xa0;; choisissez-en une avant d&apos;importer.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>the order %1 (line %2)</source>
        <translation>la commande %1 (ligne %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, line %2: the order %3 has no positive amount.</source>
        <translation>%1, ligne %2&#xa0;: la commande %3 n&apos;a pas de montant positif.</translation>
    </message>
</context>
<context>
    <name>LedgerSync</name>
    <message>
        <location filename="../models/sync/kinds/LedgerKinds.cpp" line="+147"/>
        <source>The donor &quot;%1&quot; deleted on the platform stays on this desk: %2.</source>
        <translation>Le donateur «&#xa0;%1&#xa0;» supprimé sur la plateforme reste sur ce bureau&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The donor &quot;%1&quot; received from the platform was left out: %2.</source>
        <translation>Le donateur «&#xa0;%1&#xa0;» reçu de la plateforme a été laissé de côté&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The deletion of %1 received from the platform was left out: %2.</source>
        <translation>La suppression de %1 reçue de la plateforme a été laissée de côté&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 received from the platform was left out: %2.</source>
        <translation>%1, reçu de la plateforme, a été laissé de côté&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The donor %1 cannot be written: %2.</source>
        <translation>Le donateur %1 ne peut pas être enregistré&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The gift %1 cannot be written: %2.</source>
        <translation>Le don %1 ne peut pas être enregistré&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The record %1 cannot be deleted: %2.</source>
        <translation>L&apos;enregistrement %1 ne peut pas être supprimé&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>the gift of %1 of %2</source>
        <translation>le don de %1 du %2</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>The donor &quot;%1&quot;</source>
        <translation>Le donateur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The gift of %1 of %2</source>
        <translation>Le don de %1 du %2</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>%1 was not sent: %2</source>
        <translation>%1 n&apos;a pas été envoyé&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-174"/>
        <source>its legal kind &quot;%1&quot; is not person or company</source>
        <translation>sa forme «&#xa0;%1&#xa0;» n&apos;est ni person ni company</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>its receipt choice &quot;%1&quot; is not per_gift, annual or none</source>
        <translation>son choix de reçus «&#xa0;%1&#xa0;» n&apos;est ni per_gift, ni annual, ni none</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its consent date &quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>sa date de consentement «&#xa0;%1&#xa0;» n&apos;est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location line="+159"/>
        <source>%1 was not sent: %2 Check: %3.</source>
        <translation>%1 n&apos;a pas été envoyé&#xa0;: %2 Vérifiez&#xa0;: %3.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>MemoryCredentials</name>
    <message>
        <location filename="../models/sync/Credentials.cpp" line="-62"/>
        <source>No keychain is available on this computer: the token is kept in memory for this session only and must be entered again after a restart.</source>
        <translation>Aucun trousseau n&apos;est disponible sur cet ordinateur&#xa0;: le jeton est conservé en mémoire pour cette session seulement et devra être saisi de nouveau après un redémarrage.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(Why: %1)</source>
        <translation>(Raison&#xa0;: %1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No token was given for %1 in this session.</source>
        <translation>Aucun jeton n&apos;a été fourni pour %1 pendant cette session.</translation>
    </message>
</context>
<context>
    <name>MinutesPdf</name>
    <message>
        <location filename="../models/review/MinutesPdf.cpp" line="+19"/>
        <source>RNA %1</source>
        <translation>RNA %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The review round</source>
        <translation>Le tour d&apos;examen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dossier: %1</source>
        <translation>Dossier&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review round no. %1, opened on %2 by %3.</source>
        <translation>Tour d&apos;examen n° %1, ouvert le %2 par %3.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the desk</source>
        <translation>le bureau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State of the round: %1.</source>
        <translation>État du tour&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closed on %1.</source>
        <translation>Clos le %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Superseded because: %1</source>
        <translation>Remplacé parce que&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fingerprint of the dossier: %1</source>
        <translation>Empreinte du dossier&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In full (SHA-256): %1</source>
        <translation>En entier (SHA-256)&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The fingerprint names the exact dossier the board read: any change to the dossier gives another fingerprint, and another round.</source>
        <translation>L&apos;empreinte désigne exactement le dossier que le conseil a lu&#xa0;: toute modification du dossier donne une autre empreinte, et un autre tour.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Members in office</source>
        <translation>Membres en fonction</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n member(s) of the board in office when the round opened.</source>
        <translation>
            <numerusform>%n membre du conseil en fonction à l&apos;ouverture du tour.</numerusform>
            <numerusform>%n membres du conseil en fonction à l&apos;ouverture du tour.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+49"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Took part</source>
        <translation>Participation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>did not vote</source>
        <translation>n&apos;a pas voté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>recused</source>
        <translation>récusé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>voted</source>
        <translation>a voté</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Conflicts of interest</source>
        <translation>Conflits d&apos;intérêts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No member declared a conflict of interest.</source>
        <translation>Aucun membre n&apos;a déclaré de conflit d&apos;intérêts.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, recused: %2 (declared on %3)</source>
        <translation>%1, récusé&#xa0;: %2 (déclaré le %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>— recorded by %1.</source>
        <translation>— enregistré par %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No vote was cast.</source>
        <translation>Aucun vote n&apos;a été exprimé.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cast on</source>
        <translation>Exprimé le</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Form</source>
        <translation>Forme</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The board approves the dossier.</source>
        <translation>Le conseil approuve le dossier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The board rejects the dossier.</source>
        <translation>Le conseil rejette le dossier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The quorum is not reached: no decision can be recorded.</source>
        <translation>Le quorum n&apos;est pas atteint&#xa0;: aucune décision ne peut être enregistrée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reasons given for rejecting:</source>
        <translation>Motifs du rejet&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Decision recorded on %1 by %2.</source>
        <translation>Décision enregistrée le %1 par %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Done on %1.</source>
        <translation>Fait le %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done at %1, on %2.</source>
        <translation>Fait à %1, le %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Secretary</source>
        <translation>Secrétaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secretary: %1</source>
        <translation>Secrétaire&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Extract from the minutes of the board of directors</source>
        <translation>Extrait du procès-verbal du conseil d&apos;administration</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot write the minutes %1: %2</source>
        <translation>Impossible d&apos;écrire le procès-verbal %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../models/review/ReviewPdfReads.cpp" line="-78"/>
        <source>There is no review round %1.</source>
        <translation>Il n&apos;y a pas de tour d&apos;examen %1.</translation>
    </message>
</context>
<context>
    <name>NewsCommands</name>
    <message>
        <location filename="../app/cli/NewsCommands.cpp" line="+38"/>
        <source>The news %1 was just deleted.</source>
        <translation>L&apos;actualité %1 vient d&apos;être supprimée.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PUBLISHED</source>
        <translation>PUBLIÉE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TITLE</source>
        <translation>TITRE</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The news was not added.</source>
        <translation>L&apos;actualité n&apos;a pas été ajoutée.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>News &quot;%1&quot; published; it is sent at the next sync.</source>
        <translation>Actualité «&#xa0;%1&#xa0;» publiée&#xa0;; elle sera envoyée à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>News &quot;%1&quot; unpublished; it is taken off the platform at the next sync.</source>
        <translation>Actualité «&#xa0;%1&#xa0;» dépubliée&#xa0;; elle sera retirée de la plateforme à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>News &quot;%1&quot; deleted.</source>
        <translation>Actualité «&#xa0;%1&#xa0;» supprimée.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>List a campaign&apos;s news: drafts first, then the published ones, newest first.</source>
        <translation>Lister les actualités d&apos;une campagne&#xa0;: d&apos;abord les brouillons, puis les publiées, de la plus récente à la plus ancienne.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write a news update (Markdown body read from FILE) and print its UUID; a draft unless --publish.</source>
        <translation>Écrire une actualité (texte Markdown lu dans FICHIER) et afficher son UUID&#xa0;; un brouillon sauf avec --publish.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Publish a news update: the next sync sends it to the platform.</source>
        <translation>Publier une actualité&#xa0;: la prochaine synchronisation l&apos;envoie à la plateforme.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make a news update a draft again: the next sync takes it off the platform.</source>
        <translation>Remettre une actualité en brouillon&#xa0;: la prochaine synchronisation la retire de la plateforme.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete a news update.</source>
        <translation>Supprimer une actualité.</translation>
    </message>
</context>
<context>
    <name>NewsSync</name>
    <message>
        <location filename="../models/sync/kinds/NewsKind.cpp" line="+41"/>
        <source>The news &quot;%1&quot; received from the platform was left out: its campaign %2 is not on this desk.</source>
        <translation>L&apos;actualité «&#xa0;%1&#xa0;» reçue de la plateforme a été laissée de côté&#xa0;: sa campagne %2 n&apos;est pas sur ce bureau.</translation>
    </message>
</context>
<context>
    <name>OfxParser</name>
    <message>
        <location filename="../models/donations/statements/OfxStatementBuilder.cpp" line="+62"/>
        <location line="+14"/>
        <source>expected the OFX element</source>
        <translation>attendu&#xa0;: l&apos;élément OFX</translation>
    </message>
    <message>
        <location filename="../models/donations/statements/OfxSgmlReader.cpp" line="+192"/>
        <location filename="../models/donations/statements/OfxStatementBuilder.cpp" line="+19"/>
        <source>unexpected &lt;/%1&gt;</source>
        <translation>&lt;/%1&gt; inattendu</translation>
    </message>
    <message>
        <location filename="../models/donations/statements/OfxStatementBuilder.cpp" line="+19"/>
        <source>%1 (expected a signed amount such as -12.50, found &apos;%2&apos;)</source>
        <translation>%1 (attendu&#xa0;: un montant signé comme -12.50&#xa0;; trouvé&#xa0;: «&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>expected a date as YYYYMMDD[HHMMSS], found &apos;%1&apos;</source>
        <translation>attendu&#xa0;: une date de la forme AAAAMMJJ[hhmmss]&#xa0;; trouvé&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the transaction has no %1</source>
        <translation>l&apos;opération ne comporte pas d&apos;élément %1</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>this statement is for another account (%1) than the first one (%2); one file must hold one account</source>
        <translation>ce relevé concerne un autre compte (%1) que le premier (%2)&#xa0;; un fichier ne doit contenir qu&apos;un seul compte</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the file ends before &lt;/%1&gt; (opened at line %2): is it truncated?</source>
        <translation>le fichier se termine avant &lt;/%1&gt; (ouvert à la ligne %2)&#xa0;: est-il tronqué&#xa0;?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file holds no bank or card statement (STMTRS)</source>
        <translation>le fichier ne contient aucun relevé de compte ou de carte (STMTRS)</translation>
    </message>
    <message>
        <location filename="../models/donations/statements/OfxSgmlReader.cpp" line="-150"/>
        <source>the tag &lt;%1 is not closed by &apos;&gt;&apos;</source>
        <translation>la balise &lt;%1 n&apos;est pas fermée par «&#xa0;&gt;&#xa0;»</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>expected an OFX header line such as OFXHEADER:100, found &apos;%1&apos;</source>
        <translation>attendu&#xa0;: une ligne d&apos;en-tête OFX comme OFXHEADER:100&#xa0;; trouvé&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected OFXHEADER:100 and DATA:OFXSGML in the header</source>
        <translation>attendu&#xa0;: OFXHEADER:100 et DATA:OFXSGML dans l&apos;en-tête</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the character set %1 is not supported (expected USASCII, 1252, ISO-8859-1 or UTF-8)</source>
        <translation>le jeu de caractères %1 n&apos;est pas pris en charge (attendu&#xa0;: USASCII, 1252, ISO-8859-1 ou UTF-8)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>these bytes are not valid in the file&apos;s declared character set</source>
        <translation>ces octets ne sont pas valides dans le jeu de caractères déclaré par le fichier</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>unexpected text &apos;%1&apos; outside a tag</source>
        <translation>texte inattendu «&#xa0;%1&#xa0;» en dehors d&apos;une balise</translation>
    </message>
    <message>
        <location filename="../models/donations/statements/OfxParser.cpp" line="+56"/>
        <source>the XML is malformed: %1</source>
        <translation>le XML est mal formé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected the OFX header &lt;?OFX OFXHEADER=&quot;200&quot; ...?&gt;</source>
        <translation>attendu&#xa0;: l&apos;en-tête OFX &lt;?OFX OFXHEADER=&quot;200&quot; ...?&gt;</translation>
    </message>
</context>
<context>
    <name>PdfFlow</name>
    <message>
        <location filename="../models/reports/PdfFlow.cpp" line="+350"/>
        <source>fonts are not available in this program</source>
        <translation>les polices de caractères ne sont pas disponibles dans ce programme</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the PDF could not be started</source>
        <translation>le PDF n&apos;a pas pu être commencé</translation>
    </message>
</context>
<context>
    <name>PlatformImport</name>
    <message>
        <location filename="../models/donations/platform/PlatformImport.cpp" line="+119"/>
        <source>not an export this version knows: expected Ulule orders or HelloAsso payments, as the platform&apos;s API gives them (JSON) or its back office exports them (CSV)</source>
        <translation>ce n&apos;est pas un export connu de cette version&#xa0;: elle attend des commandes Ulule ou des paiements HelloAsso, tels que les fournit l&apos;API de la plateforme (JSON) ou que les exporte son back-office (CSV)</translation>
    </message>
    <message>
        <location filename="../models/donations/platform/PlatformParsing.cpp" line="+48"/>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>not valid JSON: %1</source>
        <translation>JSON non valide&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>expected an array, found %1</source>
        <translation>attendu&#xa0;: un tableau&#xa0;; trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a boolean</source>
        <translation>un booléen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a string</source>
        <translation>une chaîne de caractères</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the field is missing</source>
        <translation>le champ est absent</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected an object, found %1</source>
        <translation>attendu&#xa0;: un objet&#xa0;; trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>expected text or a number, found %1</source>
        <translation>attendu&#xa0;: du texte ou un nombre&#xa0;; trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the field is empty</source>
        <translation>le champ est vide</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected a date as text, found %1</source>
        <translation>attendu&#xa0;: une date sous forme de texte&#xa0;; trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected a date such as 2026-03-14, found %1</source>
        <translation>attendu&#xa0;: une date comme 2026-03-14&#xa0;; trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expected a number of cents, found %1</source>
        <translation>attendu&#xa0;: un nombre de centimes&#xa0;; trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected a whole number of cents, found %1</source>
        <translation>attendu&#xa0;: un nombre entier de centimes&#xa0;; trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected an amount such as 12.50, found %1</source>
        <translation>attendu&#xa0;: un montant comme 12.50&#xa0;; trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>expected an amount, found %1</source>
        <translation>attendu&#xa0;: un montant&#xa0;; trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected an amount with at most two decimals, found %1</source>
        <translation>attendu&#xa0;: un montant avec deux décimales au plus&#xa0;; trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>a quoted field is not closed</source>
        <translation>un champ entre guillemets n&apos;est pas refermé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file is empty: expected a header line</source>
        <translation>le fichier est vide&#xa0;: une ligne d&apos;en-tête est attendue</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected %1 fields as in the header, found %2</source>
        <translation>attendu&#xa0;: %1 champs, comme dans l&apos;en-tête&#xa0;; trouvé&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>PrivacyRepository</name>
    <message>
        <location filename="../models/donations/privacy/PrivacyRepository.cpp" line="+69"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erasure</source>
        <translation>Effacement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purge</source>
        <translation>Purger</translation>
    </message>
</context>
<context>
    <name>ProcedureArguments</name>
    <message>
        <location filename="../app/cli/ProcedureArguments.cpp" line="+41"/>
        <source>%1: unknown value &quot;%2&quot;; use one of %3.</source>
        <translation>%1&#xa0;: valeur inconnue «&#xa0;%2&#xa0;»&#xa0;; utilisez l&apos;une des valeurs suivantes&#xa0;: %3.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>RULE: there is no deadline rule &quot;%1&quot;; use one of %2 (see &quot;deadline rules&quot;).</source>
        <translation>RULE&#xa0;: il n&apos;existe pas de règle de délai «&#xa0;%1&#xa0;»&#xa0;; utilisez l&apos;une des règles suivantes&#xa0;: %2 (voir «&#xa0;deadline rules&#xa0;»).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: &quot;%2&quot; is not a whole number from %3 to %4.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un nombre entier compris entre %3 et %4.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The procedure %1 was just deleted.</source>
        <translation>La procédure %1 vient d&apos;être supprimée.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The milestone %1 was just deleted.</source>
        <translation>L&apos;étape %1 vient d&apos;être supprimée.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>  [public]</source>
        <translation>  [publique]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  [met]</source>
        <translation>  [respectée]</translation>
    </message>
</context>
<context>
    <name>ProcedureCommands</name>
    <message>
        <location filename="../app/cli/ProcedureCommands.cpp" line="+62"/>
        <source>No procedures.</source>
        <translation>Aucune procédure.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+27"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Procedure</source>
        <translation>Procédure</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+31"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+35"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Court</source>
        <translation>Juridiction</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Court name</source>
        <translation>Nom de la juridiction</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case number</source>
        <translation>Numéro d&apos;affaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lawyer</source>
        <translation>Avocat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parties</source>
        <translation>Parties</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appeal of</source>
        <translation>Appel contre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holidays</source>
        <translation>Jours fériés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Appeal chain:</source>
        <translation>Chaîne des appels&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Timeline:</source>
        <translation>Chronologie&#xa0;:</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Nothing was changed:</source>
        <translation>Rien n&apos;a été modifié&#xa0;:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Created procedure %1: %2</source>
        <translation>Procédure %1 créée&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved procedure %1: %2</source>
        <translation>Procédure %1 enregistrée&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Deleted procedure %1: %2 (and its milestones)</source>
        <translation>Procédure %1 supprimée&#xa0;: %2 (ainsi que ses étapes)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recorded deadline %1: %2, due %3</source>
        <translation>Échéance %1 ajoutée&#xa0;: %2, date d&apos;échéance %3</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>--deadline auto: a %1 of this procedure starts no deadline CaseDesk knows; name a rule instead.</source>
        <translation>--deadline auto&#xa0;: dans cette procédure, une étape «&#xa0;%1&#xa0;» ne fait courir aucun délai connu de CaseDesk&#xa0;; indiquez plutôt une règle.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Recorded milestone %1: %2 on %3</source>
        <translation>Étape %1 ajoutée&#xa0;: %2, le %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This starts a deadline: %1 (%2), due %3. Record it with:</source>
        <translation>Cette étape fait courir un délai&#xa0;: %1 (%2), qui expire le %3. Pour l&apos;enregistrer&#xa0;:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This deadline is computed by rule %1; change the date of the milestone that starts it, or delete it and record one by hand.</source>
        <translation>Cette échéance est calculée par la règle %1&#xa0;; modifiez la date de l&apos;étape qui fait courir le délai, ou supprimez l&apos;échéance et saisissez-en une à la main.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A computed deadline stays a deadline.</source>
        <translation>Une échéance calculée reste une échéance.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saved milestone %1: %2 on %3</source>
        <translation>Étape %1 enregistrée&#xa0;: %2, le %3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Marked %1 as done: %2</source>
        <translation>Échéance %1 marquée comme respectée&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marked %1 as open again: %2</source>
        <translation>Échéance %1 rouverte&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Deleted milestone %1: %2</source>
        <translation>Étape %1 supprimée&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>List procedures, each appeal indented under the procedure it challenges.</source>
        <translation>Lister les procédures, chaque appel étant indenté sous la procédure qu&apos;il conteste.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show a procedure, its appeal chain and its timeline with the reasoning of each deadline.</source>
        <translation>Afficher une procédure, sa chaîne des appels et sa chronologie, avec le raisonnement de chaque délai.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add a procedure to a campaign.</source>
        <translation>Ajouter une procédure à une campagne.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change one field of a procedure (&quot;appeals none&quot; unlinks it).</source>
        <translation>Modifier un champ d&apos;une procédure («&#xa0;appeals none&#xa0;» supprime le lien avec la procédure contestée).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete a procedure and its milestones.</source>
        <translation>Supprimer une procédure et ses étapes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Record a milestone; a notification proposes the deadline it starts (--deadline auto records it); --public shows it on the campaign&apos;s public page.</source>
        <translation>Enregistrer une étape&#xa0;; une notification propose le délai qu&apos;elle fait courir (--deadline auto l&apos;enregistre)&#xa0;; --public l&apos;affiche sur la page publique de la campagne.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change the date, title, note, kind or public (yes/no) of a milestone; deadlines it started follow its date.</source>
        <translation>Modifier la date, le titre, la note, le type ou l&apos;affichage public (yes/no) d&apos;une étape&#xa0;; les délais qu&apos;elle a fait courir suivent sa date.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>FIELD of a procedure: court, court-name, kind, case-number, lawyer, parties, status, appeals, region, notes; of a milestone: date, title, note, kind, public.</source>
        <translation>FIELD d&apos;une procédure&#xa0;: court, court-name, kind, case-number, lawyer, parties, status, appeals, region, notes&#xa0;; d&apos;une étape&#xa0;: date, title, note, kind, public.</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Mark a deadline as met (or open again with --undo).</source>
        <translation>Marquer une échéance comme respectée (ou la rouvrir avec --undo).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete a milestone.</source>
        <translation>Supprimer une étape.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Record the deadline RULE computed from the date of milestone ID.</source>
        <translation>Enregistrer l&apos;échéance calculée selon la règle RULE à partir de la date de l&apos;étape ID.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>COURT: %1</source>
        <translation>COURT&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KIND of procedure: %1</source>
        <translation>KIND d&apos;une procédure&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STATUS: %1</source>
        <translation>STATUS&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KIND of milestone: %1</source>
        <translation>KIND d&apos;une étape&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ProcedureJson</name>
    <message>
        <location filename="../models/procedures/ProcedureJson.cpp" line="+20"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1, procedure %2</source>
        <translation>%1, procédure %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the field &quot;%2&quot; is missing or wrong.</source>
        <translation>%1&#xa0;: le champ «&#xa0;%2&#xa0;» est manquant ou incorrect.</translation>
    </message>
</context>
<context>
    <name>ProcedureSync</name>
    <message>
        <location filename="../models/sync/kinds/ProcedureKinds.cpp" line="+106"/>
        <source>The procedure &quot;%1&quot; received from the platform was left out: its campaign %2 is not on this desk.</source>
        <translation>La procédure «&#xa0;%1&#xa0;» reçue de la plateforme a été laissée de côté&#xa0;: sa campagne %2 n&apos;est pas sur ce bureau.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The procedure &quot;%1&quot; received from the platform was left out: the procedure it appeals, %2, is not on this desk.</source>
        <translation>La procédure «&#xa0;%1&#xa0;» reçue de la plateforme a été laissée de côté&#xa0;: la procédure dont elle fait appel, %2, n&apos;est pas sur ce bureau.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>it has no valid date</source>
        <translation>elle n&apos;a pas de date valide</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its procedure %1 is not on this desk</source>
        <translation>sa procédure %1 n&apos;est pas sur ce bureau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its procedure was deleted on this desk</source>
        <translation>sa procédure a été supprimée sur ce bureau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it names itself as the milestone that starts it</source>
        <translation>elle se désigne elle-même comme l&apos;étape qui la fait courir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the milestone that starts it, %1, is not on this desk</source>
        <translation>l&apos;étape qui la fait courir, %1, n&apos;est pas sur ce bureau</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The milestone &quot;%1&quot; received from the platform was left out: %2.</source>
        <translation>L&apos;étape «&#xa0;%1&#xa0;» reçue de la plateforme a été laissée de côté&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>ProcedureText</name>
    <message>
        <location filename="../models/procedures/Procedure.cpp" line="+66"/>
        <source>%1, no. %2</source>
        <translation>%1, n°&#xa0;%2</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Tribunal administratif</source>
        <translation>Tribunal administratif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cour administrative d&apos;appel</source>
        <translation>Cour administrative d&apos;appel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conseil d&apos;État</source>
        <translation>Conseil d&apos;État</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tribunal judiciaire</source>
        <translation>Tribunal judiciaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cour d&apos;appel</source>
        <translation>Cour d&apos;appel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cour de cassation</source>
        <translation>Cour de cassation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tribunal correctionnel</source>
        <translation>Tribunal correctionnel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public prosecutor (parquet)</source>
        <translation>Ministère public (parquet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other court or body</source>
        <translation>Autre juridiction ou organisme</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recours pour excès de pouvoir</source>
        <translation>Recours pour excès de pouvoir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recours de plein contentieux</source>
        <translation>Recours de plein contentieux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Référé-suspension</source>
        <translation>Référé-suspension</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Référé-liberté</source>
        <translation>Référé-liberté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appeal (appel)</source>
        <translation>Appel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appeal on points of law (pourvoi en cassation)</source>
        <translation>Pourvoi en cassation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Civil action (assignation)</source>
        <translation>Assignation au fond</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Civil interim relief (référé)</source>
        <translation>Référé civil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complaint (plainte)</source>
        <translation>Plainte simple</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complaint as civil party (plainte avec constitution de partie civile)</source>
        <translation>Plainte avec constitution de partie civile</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+40"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Being prepared</source>
        <translation>En préparation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decided</source>
        <translation>Jugée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Contested decision published or notified</source>
        <translation>Publication ou notification de la décision attaquée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filing</source>
        <translation>Dépôt de la requête</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pleadings exchanged</source>
        <translation>Échange de mémoires</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hearing</source>
        <translation>Audience</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notification of the decision</source>
        <translation>Notification de la décision</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
</context>
<context>
    <name>ReceiptBatch</name>
    <message>
        <location filename="../models/receipts/ReceiptBatch.cpp" line="+33"/>
        <source>The association&apos;s profile does not say it is of general interest: it may not issue tax receipts (Association area).</source>
        <translation>Le profil de l&apos;association ne dit pas qu&apos;elle est d&apos;intérêt général&#xa0;: elle ne peut pas délivrer de reçus fiscaux (espace Association).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The association&apos;s profile has no %1, which the receipt must state.</source>
        <translation>Le profil de l&apos;association n&apos;a pas de %1, que le reçu doit mentionner.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>purpose (its object)</source>
        <translation>objet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RNA or SIREN number</source>
        <translation>numéro RNA ou SIREN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>receipt category (the Cerfa box it ticks)</source>
        <translation>catégorie de reçu (la case du Cerfa cochée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signatory</source>
        <translation>signataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signatory&apos;s quality</source>
        <translation>qualité du signataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>place of signing</source>
        <translation>lieu de signature</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This desk does not issue the receipts: only the treasurer&apos;s desk does (Tools, Tax receipts, or casedesk-cli settings receipts --issuer yes).</source>
        <translation>Ce bureau n&apos;émet pas les reçus&#xa0;: seul le bureau du trésorier les émet (Outils, Reçus fiscaux, ou casedesk-cli settings receipts --issuer yes).</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1: the receipt&apos;s PDF cannot be read back: %2</source>
        <translation>%1&#xa0;: le PDF du reçu ne peut pas être relu&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+35"/>
        <source>%1: the folder for the receipts cannot be created.</source>
        <translation>%1&#xa0;: le dossier des reçus ne peut pas être créé.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Tax receipts %1</source>
        <translation>Reçus fiscaux %1</translation>
    </message>
    <message>
        <location line="+96"/>
        <location line="+11"/>
        <source>%1: the mail-merge file cannot be written: %2</source>
        <translation>%1&#xa0;: le fichier de publipostage ne peut pas être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>number</source>
        <translation>numéro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>donor</source>
        <translation>donateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>email</source>
        <translation>courriel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>amount</source>
        <translation>montant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>file</source>
        <translation>fichier</translation>
    </message>
</context>
<context>
    <name>ReceiptCodes</name>
    <message>
        <location filename="../models/receipts/Receipt.cpp" line="+116"/>
        <source>Company (Cerfa 16216, art. 238 bis CGI)</source>
        <translation>Entreprise (Cerfa 16216, art. 238 bis CGI)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Individual (Cerfa 11580*05, art. 200 CGI)</source>
        <translation>Particulier (Cerfa 11580*05, art. 200 CGI)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Annual</source>
        <translation>Annuel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Per gift</source>
        <translation>Par don</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issued</source>
        <translation>Émis</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recognised as of public utility</source>
        <translation>Reconnue d&apos;utilité publique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>General interest: defence of the natural environment</source>
        <translation>Intérêt général&#xa0;: défense de l&apos;environnement naturel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>General interest: social</source>
        <translation>Intérêt général&#xa0;: caractère social</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>General interest: humanitarian</source>
        <translation>Intérêt général&#xa0;: caractère humanitaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>General interest: philanthropic</source>
        <translation>Intérêt général&#xa0;: caractère philanthropique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>General interest: educational</source>
        <translation>Intérêt général&#xa0;: caractère éducatif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>General interest: cultural</source>
        <translation>Intérêt général&#xa0;: caractère culturel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free meals, care or housing for people in difficulty (75 %)</source>
        <translation>Repas, soins ou logement gratuits pour les personnes en difficulté (75&#xa0;%)</translation>
    </message>
</context>
<context>
    <name>ReceiptCommands</name>
    <message>
        <location filename="../app/cli/ReceiptCommands.cpp" line="+43"/>
        <source>%1: &quot;%2&quot; is not a spelling; use traditional or 1990.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une orthographe&#xa0;; utilisez traditional ou 1990.</translation>
    </message>
    <message>
        <location line="+272"/>
        <source>%1 YEAR is required.</source>
        <translation>%1 ANNÉE est obligatoire.</translation>
    </message>
    <message>
        <location line="-253"/>
        <source>Receipt &quot;%1&quot; is no longer on this desk.</source>
        <translation>Le reçu «&#xa0;%1&#xa0;» n&apos;est plus sur ce bureau.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No receipt can be issued on this desk:</source>
        <translation>Aucun reçu ne peut être émis sur ce bureau&#xa0;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 and %2 cannot be given together.</source>
        <translation>%1 et %2 ne peuvent pas être donnés ensemble.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: a receipt cannot be dated after today.</source>
        <translation>%1&#xa0;: un reçu ne peut pas être daté après aujourd&apos;hui.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Receipt %1 cancelled; its number stays in the register.</source>
        <translation>Reçu %1 annulé&#xa0;; son numéro reste au registre.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1: the folder cannot be created.</source>
        <translation>%1&#xa0;: le dossier ne peut pas être créé.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Receipt %1 cancelled and replaced by %2 (%3).</source>
        <translation>Reçu %1 annulé et remplacé par %2 (%3).</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Another desk (%1) has issued receipts: only one desk may issue them. If this desk takes over from it, say so with %2.</source>
        <translation>Un autre bureau (%1) a émis des reçus&#xa0;: un seul bureau peut les émettre. Si ce bureau prend sa suite, dites-le avec %2.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Receipt settings saved.</source>
        <translation>Réglages des reçus enregistrés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amounts in words</source>
        <translation>Montants en lettres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Example</source>
        <translation>Exemple</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This desk issues receipts</source>
        <translation>Ce bureau émet les reçus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counterpart ceiling</source>
        <translation>Plafond des contreparties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Issue the receipts due for the gifts of a year (each donor&apos;s choice of per gift or annual unless told), write their PDFs named by number and a mail-merge CSV in DIR; --preview only says what would be issued and who is skipped, and why. Run again after a stop: it continues.</source>
        <translation>Émettre les reçus dus pour les dons d&apos;une année (par don ou annuel selon le choix de chaque donateur, sauf indication contraire), écrire leurs PDF nommés par numéro et un CSV de publipostage dans DIR&#xa0;; --preview dit seulement ce qui serait émis, qui est écarté et pourquoi. Relancez après un arrêt&#xa0;: le lot reprend.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>List the receipts numbered in a year (this year unless told), or a donor&apos;s receipts.</source>
        <translation>Lister les reçus numérotés dans une année (cette année sauf indication contraire), ou les reçus d&apos;un donateur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show a receipt, its gifts and its status.</source>
        <translation>Afficher un reçu, ses dons et son état.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel a receipt; its number stays in the register, marked cancelled, with the reason.</source>
        <translation>Annuler un reçu&#xa0;; son numéro reste au registre, marqué annulé, avec le motif.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel a receipt and issue its replacement (new number, the donor as recorded now, the gifts still paid), which states the number it replaces; its PDF goes in DIR.</source>
        <translation>Annuler un reçu et émettre son remplaçant (nouveau numéro, le donateur tel qu&apos;enregistré maintenant, les dons encore payés), qui indique le numéro qu&apos;il remplace&#xa0;; son PDF va dans DIR.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write a receipt&apos;s PDF again (a copy, identical in content) in DIR.</source>
        <translation>Écrire à nouveau le PDF d&apos;un reçu (une copie, au contenu identique) dans DIR.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>List the receipts whose gift was refunded, cancelled or deleted since: cancel or replace them.</source>
        <translation>Lister les reçus dont un don a été remboursé, annulé ou supprimé depuis&#xa0;: annulez-les ou remplacez-les.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write the register of a year&apos;s receipt numbers, in order, with their status and totals.</source>
        <translation>Écrire le registre des numéros de reçus d&apos;une année, dans l&apos;ordre, avec leur état et les totaux.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The yearly declaration of art. 222 bis CGI for a year&apos;s gifts: total and number of receipts, and its deadline.</source>
        <translation>La déclaration annuelle de l&apos;art. 222 bis CGI pour les dons d&apos;une année&#xa0;: total et nombre de reçus, et sa date limite.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print an amount in French words as a tax receipt writes it (1080.50: mille quatre-vingts euros et cinquante centimes), in the desk&apos;s spelling unless --spelling says otherwise.</source>
        <translation>Écrit un montant en toutes lettres comme sur un reçu fiscal (1080,50&#xa0;: mille quatre-vingts euros et cinquante centimes), dans l&apos;orthographe du bureau sauf si --spelling en indique une autre.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Spellings: traditional (deux cent vingt et un), 1990 (deux-cent-vingt-et-un); the desk&apos;s choice: settings receipts.</source>
        <translation>Orthographes&#xa0;: traditional (deux cent vingt et un), 1990 (deux-cent-vingt-et-un)&#xa0;; le choix du bureau&#xa0;: settings receipts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the issuing desk issues, cancels and replaces receipts: settings receipts --issuer yes.</source>
        <translation>Seul le bureau émetteur émet, annule et remplace les reçus&#xa0;: settings receipts --issuer yes.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show the receipt settings; with options, change them: the spelling of amounts in words, whether this desk is the one that issues receipts, the amount under which the yearly batch issues none, and the yearly ceiling of counterparts not deducted.</source>
        <translation>Afficher les réglages des reçus&#xa0;; avec des options, les changer&#xa0;: l&apos;orthographe des montants en lettres, si ce bureau est celui qui émet les reçus, le montant sous lequel le lot annuel n&apos;en émet pas, et le plafond annuel des contreparties non déduites.</translation>
    </message>
</context>
<context>
    <name>ReceiptOutput</name>
    <message>
        <location filename="../app/cli/ReceiptOutput.cpp" line="+16"/>
        <source>%1 to %2</source>
        <translation>du %1 au %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cancelled on %1: %2</source>
        <translation>annulé le %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+80"/>
        <location line="+38"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+35"/>
        <location line="+21"/>
        <source>Donor</source>
        <translation>Donateur</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>%1 (SIREN %2)</source>
        <translation>%1 (SIREN %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+32"/>
        <location line="+21"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+31"/>
        <source>Gifts of</source>
        <translation>Date des dons</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Issued on</source>
        <translation>Émis le</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+29"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Replaces</source>
        <translation>Remplace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not written yet</source>
        <translation>pas encore écrit</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Gift</source>
        <translation>Don</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Method</source>
        <translation>Moyen de paiement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Given</source>
        <translation>Total donné</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Counterpart</source>
        <translation>Contrepartie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Receipted</source>
        <translation>Reçu pour</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No receipt.</source>
        <translation>Aucun reçu.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Issued</source>
        <translation>Émis</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot issue: %1</source>
        <translation>Émission impossible&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n receipt(s) to issue, %1 in all.</source>
        <translation>
            <numerusform>%n reçu à émettre, %1 en tout.</numerusform>
            <numerusform>%n reçus à émettre, %1 en tout.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n receipt(s) numbered by a stopped batch still need their PDF.</source>
        <translation>
            <numerusform>%n reçu numéroté par un lot arrêté attend encore son PDF.</numerusform>
            <numerusform>%n reçus numérotés par un lot arrêté attendent encore leur PDF.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skipped:</source>
        <translation>Écartés&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gifts</source>
        <translation>Dons</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n receipt(s) issued.</source>
        <translation>
            <numerusform>%n reçu émis.</numerusform>
            <numerusform>%n reçus émis.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n PDF(s) written.</source>
        <translation>
            <numerusform>%n PDF écrit.</numerusform>
            <numerusform>%n PDF écrits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n receipt(s) left to another process that issued them meanwhile.</source>
        <translation>
            <numerusform>%n reçu laissé à un autre processus qui l&apos;a émis entre-temps.</numerusform>
            <numerusform>%n reçus laissés à un autre processus qui les a émis entre-temps.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped: run the same command again to continue.</source>
        <translation>Arrêté&#xa0;: relancez la même commande pour continuer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mail merge: %1</source>
        <translation>Publipostage&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ReceiptPdf</name>
    <message>
        <location filename="../models/receipts/ReceiptPdf.cpp" line="+495"/>
        <source>Cannot write the receipt %1: %2</source>
        <translation>Impossible d&apos;écrire le reçu %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ReceiptPlanner</name>
    <message>
        <location filename="../models/receipts/ReceiptPlanner.cpp" line="+178"/>
        <source>no postal address (the receipt must state it)</source>
        <translation>pas d&apos;adresse postale (le reçu doit la mentionner)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no name</source>
        <translation>pas de nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>asked for no receipt</source>
        <translation>a demandé à ne pas recevoir de reçu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>under the receipt threshold</source>
        <translation>sous le seuil des reçus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the counterpart is worth the whole gift</source>
        <translation>la contrepartie vaut tout le don</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>identity erased at the donor&apos;s request</source>
        <translation>identité effacée à la demande du donateur</translation>
    </message>
</context>
<context>
    <name>ReceiptPolicy</name>
    <message>
        <location filename="../models/receipts/ReceiptPolicy.cpp" line="+39"/>
        <source>Receipt threshold: the amount must be between 0 and 1,000,000,000 EUR.</source>
        <translation>Seuil des reçus&#xa0;: le montant doit être compris entre 0 et 1 000 000 000 EUR.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counterpart ceiling: the amount must be between 0 and 1,000,000,000 EUR.</source>
        <translation>Plafond des contreparties&#xa0;: le montant doit être compris entre 0 et 1 000 000 000 EUR.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>BOI-IR-RICI-250-10-20-10: a counterpart worth at most a quarter of the gift, and at most the yearly ceiling over the donor&apos;s year, is not deducted</source>
        <translation>BOI-IR-RICI-250-10-20-10&#xa0;: une contrepartie qui vaut au plus le quart du don, et au plus le plafond annuel sur l&apos;année du donateur, n&apos;est pas déduite</translation>
    </message>
</context>
<context>
    <name>ReceiptRegister</name>
    <message>
        <location filename="../models/receipts/ReceiptRegister.cpp" line="+31"/>
        <location line="+23"/>
        <source>%1: the register cannot be written: %2</source>
        <translation>%1&#xa0;: le registre ne peut pas être écrit&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>number</source>
        <translation>numéro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>issued on</source>
        <translation>émis le</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>donor</source>
        <translation>donateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>form</source>
        <translation>formulaire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>period from</source>
        <translation>période du</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>period to</source>
        <translation>période au</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>gifts</source>
        <translation>dons</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>counterparts deducted</source>
        <translation>contreparties déduites</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>amount</source>
        <translation>montant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>status</source>
        <translation>état</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled on</source>
        <translation>annulé le</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reason</source>
        <translation>motif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>replaces</source>
        <translation>remplace</translation>
    </message>
</context>
<context>
    <name>ReceiptReportCommands</name>
    <message>
        <location filename="../app/cli/ReceiptReportCommands.cpp" line="+35"/>
        <source>No receipt to redo: every receipted gift is still paid.</source>
        <translation>Aucun reçu à refaire&#xa0;: chaque don reçu est toujours payé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Donor</source>
        <translation>Donateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gift</source>
        <translation>Don</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gift is now</source>
        <translation>Le don est maintenant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel each (receipts cancel) or replace it by one for the gifts still paid (receipts replace).</source>
        <translation>Annulez chacun (receipts cancel) ou remplacez-le par un reçu des dons encore payés (receipts replace).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--out: &quot;%1&quot; must end in .csv or .pdf.</source>
        <translation>--out&#xa0;: «&#xa0;%1&#xa0;» doit finir par .csv ou .pdf.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Register</source>
        <translation>Registre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipts issued</source>
        <translation>Reçus émis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount receipted</source>
        <translation>Montant des reçus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gifts covered</source>
        <translation>Dons couverts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counterparts deducted</source>
        <translation>Contreparties déduites</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Numbers missing from the register of %1: %n.</source>
        <translation>
            <numerusform>Numéros manquants au registre de %1&#xa0;: %n.</numerusform>
            <numerusform>Numéros manquants au registre de %1&#xa0;: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Gifts received in</source>
        <translation>Dons reçus en</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total on the receipts</source>
        <translation>Total des reçus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of receipts</source>
        <translation>Nombre de reçus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled, left out</source>
        <translation>Annulés, non comptés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Art. 222 bis CGI: declared with the results return (2065-SD, frame L; or 2070-SD), or for an association that files neither, on demarches-simplifiees.fr (&quot;déclaration des dons&quot;). The deadline is the second working day after 1 May for a financial year that ends on 31 December; three months after the close otherwise.</source>
        <translation>Art. 222 bis CGI&#xa0;: à déclarer avec la déclaration de résultats (2065-SD, cadre L&#xa0;; ou 2070-SD) ou, pour une association qui ne dépose ni l&apos;une ni l&apos;autre, sur demarches-simplifiees.fr («&#xa0;déclaration des dons&#xa0;»). La date limite est le deuxième jour ouvré suivant le 1er mai pour un exercice clos le 31 décembre&#xa0;; trois mois après la clôture sinon.</translation>
    </message>
</context>
<context>
    <name>ReceiptRepository</name>
    <message>
        <location filename="../models/receipts/ReceiptReads.cpp" line="+109"/>
        <source>No receipt has the number &quot;%1&quot;.</source>
        <translation>Aucun reçu n&apos;a le numéro «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Receipt &quot;%1&quot;: give its number (2027-00001) or at least 4 characters of its UUID.</source>
        <translation>Reçu «&#xa0;%1&#xa0;»&#xa0;: donnez son numéro (2027-00001) ou au moins 4 caractères de son UUID.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No receipt has the identifier &quot;%1&quot;.</source>
        <translation>Aucun reçu n&apos;a l&apos;identifiant «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt identifier &quot;%1&quot; matches several receipts; give its number.</source>
        <translation>L&apos;identifiant «&#xa0;%1&#xa0;» correspond à plusieurs reçus&#xa0;; donnez son numéro.</translation>
    </message>
    <message>
        <location filename="../models/receipts/ReceiptRepository.cpp" line="+61"/>
        <source>A receipt needs at least one gift with an amount to receipt.</source>
        <translation>Un reçu a besoin d&apos;au moins un don avec un montant à recevoir.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The gift of %1 dated %2 is no longer paid; no receipt was issued for it.</source>
        <translation>Le don de %1 daté du %2 n&apos;est plus payé&#xa0;; aucun reçu n&apos;a été émis pour lui.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The gift of %1 dated %2 is already on receipt %3.</source>
        <translation>Le don de %1 daté du %2 figure déjà sur le reçu %3.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Receipt %1 is dated %2: a receipt of the same year cannot be dated earlier, or the numbers would not follow the dates.</source>
        <translation>Le reçu %1 est daté du %2&#xa0;: un reçu de la même année ne peut pas être daté d&apos;avant, sinon les numéros ne suivraient pas les dates.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Reason: say why the receipt is cancelled (it is kept in the register with it).</source>
        <translation>Motif&#xa0;: dites pourquoi le reçu est annulé (il reste au registre avec ce motif).</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+23"/>
        <source>No receipt %1 on this desk.</source>
        <translation>Aucun reçu %1 sur ce bureau.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Receipt %1 is already cancelled.</source>
        <translation>Le reçu %1 est déjà annulé.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>None of receipt %1&apos;s gifts is still paid: cancel it without a replacement.</source>
        <translation>Aucun des dons du reçu %1 n&apos;est encore payé&#xa0;: annulez-le sans le remplacer.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Receipt %1 cannot be replaced by one receipt; cancel it and issue new ones.</source>
        <translation>Le reçu %1 ne peut pas être remplacé par un seul reçu&#xa0;; annulez-le et émettez-en de nouveaux.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt %1 cannot be replaced: %2.</source>
        <translation>Le reçu %1 ne peut pas être remplacé&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>its number &quot;%1&quot; is not its year and order</source>
        <translation>son numéro «&#xa0;%1&#xa0;» ne correspond pas à son année et à son rang</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it receipts a gift for nothing</source>
        <translation>il porte un don pour un montant nul</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its amount is not the sum of its gifts</source>
        <translation>son montant n&apos;est pas la somme de ses dons</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this desk already has a receipt numbered %1: only one desk may issue the receipts</source>
        <translation>ce bureau a déjà un reçu numéroté %1&#xa0;: un seul bureau peut émettre les reçus</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its donor is not on this desk</source>
        <translation>son donateur n&apos;est pas sur ce bureau</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the receipt it replaces is not on this desk</source>
        <translation>le reçu qu&apos;il remplace n&apos;est pas sur ce bureau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its gift %1 is not on this desk</source>
        <translation>son don %1 n&apos;est pas sur ce bureau</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its gift %1 is already on receipt %2 here</source>
        <translation>son don %1 figure déjà sur le reçu %2 ici</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it changes receipt %1 as it was issued (its number, donor, amounts or gifts): a receipt is never rewritten, only cancelled and replaced</source>
        <translation>il modifie le reçu %1 tel qu&apos;il a été émis (son numéro, son donateur, ses montants ou ses dons)&#xa0;: un reçu n&apos;est jamais réécrit, seulement annulé et remplacé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>receipt %1 is cancelled here: a cancelled receipt is never valid again</source>
        <translation>le reçu %1 est annulé ici&#xa0;: un reçu annulé ne redevient jamais valable</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is cancelled without a reason</source>
        <translation>il est annulé sans motif</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>receipt %1 is never deleted: it stays in the register, cancelled if need be</source>
        <translation>le reçu %1 n&apos;est jamais supprimé&#xa0;: il reste au registre, annulé s&apos;il le faut</translation>
    </message>
</context>
<context>
    <name>ReceiptSync</name>
    <message>
        <location filename="../models/sync/kinds/ReceiptKind.cpp" line="+72"/>
        <source>its document has no &quot;%1&quot;</source>
        <translation>son document n&apos;a pas de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>its kind, form or status is not one this version knows</source>
        <translation>son type, son formulaire ou son état est inconnu de cette version</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>its donor or one of its dates is missing</source>
        <translation>son donateur ou l&apos;une de ses dates manque</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>receipt %1 (%2, %3)</source>
        <translation>le reçu %1 (%2, %3)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The deletion received from the platform was left out: %1.</source>
        <translation>La suppression venue de la plateforme a été laissée de côté&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 received from the platform was left out: %2.</source>
        <translation>%1, venu de la plateforme, a été laissé de côté&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The receipt %1 cannot be written: %2.</source>
        <translation>Le reçu %1 ne peut pas être écrit&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The record %1 cannot be deleted: %2.</source>
        <translation>L&apos;enregistrement %1 ne peut pas être supprimé&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>ReconcileCommands</name>
    <message>
        <location filename="../app/cli/ReconcileCommands.cpp" line="+53"/>
        <source>%1: &quot;%2&quot; is not a score from 0 to 100.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un score de 0 à 100.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>payout %1 %2</source>
        <translation>versement %1 %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No proposals.</source>
        <translation>Aucune proposition.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank line</source>
        <translation>Ligne de relevé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Matched with</source>
        <translation>Rapprochée de</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reasons</source>
        <translation>Motifs</translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>Accepted %n proposal(s) scoring %1 or more.</source>
        <translation>
            <numerusform>%n proposition acceptée (score de %1 ou plus).</numerusform>
            <numerusform>%n propositions acceptées (score de %1 ou plus).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n proposal(s) could not be accepted:</source>
        <translation>
            <numerusform>%n proposition n&apos;a pas pu être acceptée&#xa0;:</numerusform>
            <numerusform>%n propositions n&apos;ont pas pu être acceptées&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No bank line or payout has the id %1.</source>
        <translation>Aucune ligne de relevé ni aucun versement n&apos;a l&apos;identifiant %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no proposal for %1 now.</source>
        <translation>Il n&apos;y a actuellement aucune proposition pour %1.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Accepted: %1 = %2</source>
        <translation>Acceptée&#xa0;: %1 = %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rejected: %1 = %2</source>
        <translation>Rejetée&#xa0;: %1 = %2</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Matched the bank line %1 with %n record(s).</source>
        <translation>
            <numerusform>Ligne de relevé %1 rapprochée de %n enregistrement.</numerusform>
            <numerusform>Ligne de relevé %1 rapprochée de %n enregistrements.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The bank line %1 is no longer reconciled.</source>
        <translation>La ligne de relevé %1 n&apos;est plus rapprochée.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Closed the period %1 to %2 of %3.</source>
        <translation>Période du %1 au %2 clôturée pour %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The option %1 TEXT is required: a reopen is logged with its reason.</source>
        <translation>L&apos;option %1 TEXT est obligatoire&#xa0;: toute réouverture est consignée avec son motif.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reopened the period of %1 that contains %2.</source>
        <translation>La période de %1 qui contient le %2 a été rouverte.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>closed</source>
        <translation>clôturée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reopened</source>
        <translation>rouverte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Propose matches between bank credits and donations or payouts; with --auto accept those scoring --min-score or more (default 90).</source>
        <translation>Proposer des rapprochements entre les crédits bancaires et les dons ou versements&#xa0;; avec --auto, accepter ceux dont le score atteint au moins --min-score (90 par défaut).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Accept the current proposal for a bank line (or for a payout&apos;s donations).</source>
        <translation>Accepter la proposition en cours pour une ligne de relevé (ou pour les dons d&apos;un versement).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reject the current proposal for a bank line; it is never proposed again.</source>
        <translation>Rejeter la proposition en cours pour une ligne de relevé&#xa0;; elle ne sera plus jamais proposée.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Match a bank line by hand with donations or payouts whose amounts add up to it.</source>
        <translation>Rapprocher à la main une ligne de relevé de dons ou de versements dont les montants additionnés lui sont égaux.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Undo the accepted match of a bank line.</source>
        <translation>Annuler le rapprochement accepté d&apos;une ligne de relevé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close a reconciliation period when the statements&apos; balance agrees and every credit is reconciled.</source>
        <translation>Clôturer une période de rapprochement lorsque le solde des relevés concorde et que chaque crédit est rapproché.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reopen the closed period that contains DATE; the reason is logged.</source>
        <translation>Rouvrir la période clôturée qui contient DATE&#xa0;; le motif est consigné.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>List the reconciliation periods.</source>
        <translation>Lister les périodes de rapprochement.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rules: 1 amount and reference, 2 amount and date, 3 several cheques in one deposit, 4 a payout&apos;s donations. LINE, TARGET and ID are uuids or unique prefixes of 4 characters or more.</source>
        <translation>Règles&#xa0;: 1 montant et référence, 2 montant et date, 3 plusieurs chèques dans une même remise, 4 dons d&apos;un versement. LINE, TARGET et ID sont des UUID ou des préfixes uniques d&apos;au moins 4 caractères.</translation>
    </message>
</context>
<context>
    <name>ReconciliationEngine</name>
    <message>
        <location filename="../models/donations/reconcile/ReconciliationEngine.cpp" line="+308"/>
        <source>same amount</source>
        <translation>même montant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reference &apos;%1&apos; in the label</source>
        <translation>référence «&#xa0;%1&#xa0;» dans le libellé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>donor name &apos;%1&apos; in the label</source>
        <translation>nom du donateur «&#xa0;%1&#xa0;» dans le libellé</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n business day(s) after the payout</source>
        <translation>
            <numerusform>%n jour ouvré après le versement</numerusform>
            <numerusform>%n jours ouvrés après le versement</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>same day</source>
        <translation>même jour</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) apart</source>
        <translation>
            <numerusform>%n jour d&apos;écart</numerusform>
            <numerusform>%n jours d&apos;écart</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+74"/>
        <source>%n cheques of the same day add up to the credit</source>
        <translation>
            <numerusform>%n chèque du même jour totalise le montant du crédit</numerusform>
            <numerusform>%n chèques du même jour totalisent le montant du crédit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n cash donations of the same day add up to the credit</source>
        <translation>
            <numerusform>%n don en espèces du même jour totalise le montant du crédit</numerusform>
            <numerusform>%n dons en espèces du même jour totalisent le montant du crédit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n cheques from %1 to %2 add up to the credit</source>
        <translation>
            <numerusform>%n chèque du %1 au %2 totalise le montant du crédit</numerusform>
            <numerusform>%n chèques du %1 au %2 totalisent le montant du crédit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n cash donations from %1 to %2 add up to the credit</source>
        <translation>
            <numerusform>%n don en espèces du %1 au %2 totalise le montant du crédit</numerusform>
            <numerusform>%n dons en espèces du %1 au %2 totalisent le montant du crédit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>deposited %n day(s) after the last one</source>
        <translation>
            <numerusform>remis en banque %n jour après le dernier</numerusform>
            <numerusform>remis en banque %n jours après le dernier</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+68"/>
        <source>%n donation(s) of the payout</source>
        <translation>
            <numerusform>%n don du versement</numerusform>
            <numerusform>%n dons du versement</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 less commission %2 and fees %3 is the net %4</source>
        <translation>%1 moins la commission %2 et les frais %3 donne le net %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the payout&apos;s gross says %1</source>
        <translation>le montant brut du versement indique %1</translation>
    </message>
</context>
<context>
    <name>ReconciliationPeriodRepository</name>
    <message>
        <location filename="../models/donations/reconcile/ReconciliationPeriodRepository.cpp" line="+35"/>
        <source>The period must end on or after its first day.</source>
        <translation>La période doit se terminer le jour même de son début ou plus tard.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+100"/>
        <source>There is no bank account %1 on the desk.</source>
        <translation>Il n&apos;y a pas de compte bancaire %1 dans le bureau.</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>The period overlaps the closed period %1 to %2.</source>
        <translation>La période chevauche la période clôturée du %1 au %2.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No imported statement lies within %1 to %2: the balance cannot be checked.</source>
        <translation>Aucun relevé importé ne se situe entre le %1 et le %2&#xa0;: le solde ne peut pas être vérifié.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The statements of the period do not give their opening and closing balances: the balance cannot be checked.</source>
        <translation>Les relevés de la période n&apos;indiquent pas leurs soldes initial et final&#xa0;: le solde ne peut pas être vérifié.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The balance does not agree: opening balance %1 plus the lines %2 makes %3, but the closing balance is %4 (a difference of %5).</source>
        <translation>Le solde ne concorde pas&#xa0;: le solde initial %1 plus les lignes %2 donne %3, mais le solde final est de %4 (un écart de %5).</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n credit(s) of the period are not reconciled yet; reconcile them before closing.</source>
        <translation>
            <numerusform>%n crédit de la période n&apos;est pas encore rapproché&#xa0;; rapprochez-le avant de clôturer.</numerusform>
            <numerusform>%n crédits de la période ne sont pas encore rapprochés&#xa0;; rapprochez-les avant de clôturer.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Give a reason to reopen a closed period: it is kept in the period&apos;s log.</source>
        <translation>Indiquez un motif pour rouvrir une période clôturée&#xa0;: il est conservé dans le journal de la période.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No closed period of %1 contains %2.</source>
        <translation>Aucune période clôturée de %1 ne contient le %2.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The bank line of %1 is in the closed period %2 to %3: reopen the period (with a reason) to change it.</source>
        <translation>La ligne de relevé du %1 se trouve dans la période clôturée du %2 au %3&#xa0;: rouvrez la période (en indiquant un motif) pour la modifier.</translation>
    </message>
</context>
<context>
    <name>ReconciliationRepository</name>
    <message>
        <location filename="../models/donations/reconcile/ReconciliationRepository.cpp" line="+128"/>
        <source>Choose at least one donation or payout for the bank line.</source>
        <translation>Choisissez au moins un don ou un versement pour la ligne de relevé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>matched by hand</source>
        <translation>rapprochement manuel</translation>
    </message>
    <message>
        <location line="+228"/>
        <source>The bank line %1 is not on the desk.</source>
        <translation>La ligne de relevé %1 ne figure pas dans le bureau.</translation>
    </message>
    <message>
        <location line="-217"/>
        <source>The bank line of %1 is already reconciled; unmatch it first.</source>
        <translation>La ligne de relevé du %1 est déjà rapprochée&#xa0;; annulez d&apos;abord son rapprochement.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 is chosen twice.</source>
        <translation>%1 est choisi deux fois.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+23"/>
        <source>The payout %1 is not on the desk.</source>
        <translation>Le versement %1 ne figure pas dans le bureau.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>The donation %1 is not on the desk.</source>
        <translation>Le don %1 ne figure pas dans le bureau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is already reconciled with another bank line.</source>
        <translation>%1 est déjà rapproché d&apos;une autre ligne de relevé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The donation %1 was refunded or cancelled: no money of it reached the bank.</source>
        <translation>Le don %1 a été remboursé ou annulé&#xa0;: aucune somme n&apos;en est parvenue à la banque.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The donations add up to %1, less commission and fees %2, but the payout&apos;s net is %3 (a difference of %4).</source>
        <translation>Les dons totalisent %1, moins %2 de commission et de frais, mais le net du versement est de %3 (un écart de %4).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A payout&apos;s donations are not rejected: leave the proposal, or link other donations by hand.</source>
        <translation>Les dons d&apos;un versement ne se rejettent pas&#xa0;: laissez la proposition telle quelle, ou rattachez d&apos;autres dons à la main.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The bank line of %1 has no accepted match to undo.</source>
        <translation>La ligne de relevé du %1 n&apos;a aucun rapprochement accepté à annuler.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&quot;%1&quot; is not a bank line id (its uuid or the first 4 characters of it at least).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un identifiant de ligne de relevé (son UUID ou au moins ses 4 premiers caractères).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No bank line has the id %1.</source>
        <translation>Aucune ligne de relevé n&apos;a l&apos;identifiant %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Several bank lines start with %1; give more characters.</source>
        <translation>Plusieurs lignes de relevé commencent par %1&#xa0;; indiquez davantage de caractères.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a donation or payout id (its uuid or the first 4 characters of it at least).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un identifiant de don ou de versement (son UUID ou au moins ses 4 premiers caractères).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No donation or payout has the id %1.</source>
        <translation>Aucun don ni versement n&apos;a l&apos;identifiant %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Several donations or payouts start with %1; give more characters.</source>
        <translation>Plusieurs dons ou versements commencent par %1&#xa0;; indiquez davantage de caractères.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The chosen donations and payouts add up to %1 but the bank line is %2: a difference of %3.</source>
        <translation>Les dons et versements choisis totalisent %1, mais la ligne de relevé est de %2&#xa0;: un écart de %3.</translation>
    </message>
</context>
<context>
    <name>References</name>
    <message>
        <location filename="../app/cli/References.cpp" line="+28"/>
        <source>The campaign %1 was just deleted.</source>
        <translation>La campagne %1 vient d&apos;être supprimée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The option %1 ID is required.</source>
        <translation>L&apos;option %1 ID est obligatoire.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No account has the IBAN &quot;%1&quot;: %2</source>
        <translation>Aucun compte n&apos;a l&apos;IBAN «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No account has the IBAN %1; add it with &quot;accounts add&quot;.</source>
        <translation>Aucun compte n&apos;a l&apos;IBAN %1&#xa0;; ajoutez-le avec «&#xa0;accounts add&#xa0;».</translation>
    </message>
</context>
<context>
    <name>RegisterPdf</name>
    <message>
        <location filename="../models/receipts/RegisterPdf.cpp" line="+168"/>
        <source>Cannot write the register %1: %2</source>
        <translation>Impossible d&apos;écrire le registre %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>ReviewCodes</name>
    <message>
        <location filename="../models/review/Review.cpp" line="+97"/>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Superseded</source>
        <translation>Caduc</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Approve</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reject</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abstain</source>
        <translation>S&apos;abstenir</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a meeting</source>
        <translation>une séance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an e-mail</source>
        <translation>un courriel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a letter</source>
        <translation>un courrier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a phone call</source>
        <translation>un appel téléphonique</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>signed and verified</source>
        <translation>signé et vérifié</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>recorded by the secretary</source>
        <translation>enregistré par le secrétaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>signature invalid</source>
        <translation>signature invalide</translation>
    </message>
</context>
<context>
    <name>ReviewCommands</name>
    <message>
        <location filename="../app/cli/ReviewCommands.cpp" line="+82"/>
        <source>This desk belongs to no board member: give %1 MEMBER, or set the desk&apos;s owner.</source>
        <translation>Ce bureau n&apos;appartient à aucun membre du conseil&#xa0;: indiquez %1 MEMBRE, ou choisissez le propriétaire du bureau.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No review round has the identifier %1.</source>
        <translation>Aucun tour d&apos;examen n&apos;a l&apos;identifiant %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No round is open: %1 was superseded (%2). Start a new one with &quot;review start&quot;.</source>
        <translation>Aucun tour n&apos;est ouvert&#xa0;: %1 a été remplacé (%2). Ouvrez-en un nouveau avec «&#xa0;review start&#xa0;».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No review round is open for this campaign; start one with &quot;review start&quot;.</source>
        <translation>Aucun tour d&apos;examen n&apos;est ouvert pour cette campagne&#xa0;; ouvrez-en un avec «&#xa0;review start&#xa0;».</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: &quot;%2&quot; is not a vote; give approve, reject or abstain.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un vote&#xa0;; indiquez approve, reject ou abstain.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>recorded by %1 from %2</source>
        <translation>enregistré par %1 depuis %2</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Round %1 of &quot;%2&quot; opened on the dossier %3, for %n member(s) in office.</source>
        <translation>
            <numerusform>Tour %1 de «&#xa0;%2&#xa0;» ouvert sur le dossier %3, pour %n membre en fonction.</numerusform>
            <numerusform>Tour %1 de «&#xa0;%2&#xa0;» ouvert sur le dossier %3, pour %n membres en fonction.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Round</source>
        <translation>Tour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Superseded because</source>
        <translation>Remplacé parce que</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>has not voted</source>
        <translation>n&apos;a pas voté</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>recused: %1</source>
        <translation>déporté&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+9"/>
        <source>MEMBER</source>
        <translation>MEMBRE</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>ROLE</source>
        <translation>FONCTION</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+9"/>
        <source>VOTE</source>
        <translation>VOTE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CAST</source>
        <translation>EXPRIMÉ LE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CHECK</source>
        <translation>CONTRÔLE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>REASON</source>
        <translation>MOTIF</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Decision so far</source>
        <translation>Décision à ce stade</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>resolved</source>
        <translation>résolu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SECTION</source>
        <translation>SECTION</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>AUTHOR</source>
        <translation>AUTEUR</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STATE</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>COMMENT</source>
        <translation>COMMENTAIRE</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Comment resolved.</source>
        <translation>Commentaire résolu.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comment open again.</source>
        <translation>Commentaire rouvert.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Vote &quot;%1&quot; signed and recorded in %2 (dossier %3).</source>
        <translation>Vote «&#xa0;%1&#xa0;» signé et enregistré dans %2 (dossier %3).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: &quot;%2&quot; is not a way to give a vote; give meeting, email, letter or phone.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une façon de voter&#xa0;; indiquez meeting, email, letter ou phone.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Vote &quot;%1&quot; recorded in %2.</source>
        <translation>Vote «&#xa0;%1&#xa0;» enregistré dans %2.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Conflict of interest declared: recused from %1.</source>
        <translation>Conflit d&apos;intérêts déclaré&#xa0;: déporté du %1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The board approved the dossier %1.</source>
        <translation>Le conseil a approuvé le dossier %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The board rejected the dossier %1; the campaign is a draft again.</source>
        <translation>Le conseil a rejeté le dossier %1&#xa0;; la campagne redevient un brouillon.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing was registered: votes from this computer need a keychain.</source>
        <translation>Rien n&apos;a été enregistré&#xa0;: voter depuis cet ordinateur demande un trousseau.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1&apos;s signing key is in this computer&apos;s keychain; its public key is registered with the board: %2</source>
        <translation>La clé de signature de %1 est dans le trousseau de cet ordinateur&#xa0;; sa clé publique est enregistrée auprès du conseil&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Submit the campaign&apos;s dossier to the board: a new round on a frozen snapshot (a draft goes in review).</source>
        <translation>Soumettre le dossier de la campagne au conseil&#xa0;: un nouveau tour sur un instantané figé (un brouillon passe en examen).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show a round (the latest by default): fingerprint, members, each vote with its check, the decision, the comments.</source>
        <translation>Afficher un tour (le dernier par défaut)&#xa0;: empreinte, membres, chaque vote et son contrôle, la décision, les commentaires.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Comment on a section of the dossier under review, or reply to a comment (TEXT &quot;-&quot;: read from stdin).</source>
        <translation>Commenter une section du dossier en examen, ou répondre à un commentaire (TEXT «&#xa0;-&#xa0;»&#xa0;: lu sur l&apos;entrée standard).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mark a review comment resolved (or open again with --reopen).</source>
        <translation>Marquer un commentaire d&apos;examen comme résolu (ou le rouvrir avec --reopen).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Vote on the open round as this desk&apos;s owner (or MEMBER), signed with the key in this computer&apos;s keychain; a rejection needs its reason.</source>
        <translation>Voter sur le tour ouvert au nom du propriétaire du bureau (ou de MEMBER), avec la clé du trousseau de cet ordinateur&#xa0;; un rejet doit être motivé.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Record, as the secretary (this desk&apos;s owner or --secretary), a vote given at a meeting, by e-mail, letter or phone.</source>
        <translation>Enregistrer, en tant que secrétaire (le propriétaire du bureau ou --secretary), un vote exprimé en séance, par courriel, par courrier ou par téléphone.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Declare a conflict of interest: the member is recused from the round and the next ones.</source>
        <translation>Déclarer un conflit d&apos;intérêts&#xa0;: le membre se déporte de ce tour et des suivants.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Record the board&apos;s decision on the open round when its quorum is met; a rejection sends the campaign back to draft.</source>
        <translation>Enregistrer la décision du conseil sur le tour ouvert quand le quorum est atteint&#xa0;; un rejet renvoie la campagne en brouillon.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>MEMBER: a board member&apos;s name, UUID or UUID prefix. ROUND: a UUID prefix or &quot;latest&quot;. Sections: as &quot;review show --json&quot; and the dossier name them (case, budget/..., evidence/P-3).</source>
        <translation>MEMBER&#xa0;: le nom d&apos;un membre du conseil, son UUID ou le début de celui-ci. ROUND&#xa0;: un début d&apos;UUID ou «&#xa0;latest&#xa0;». Sections&#xa0;: telles que «&#xa0;review show --json&#xa0;» et le dossier les nomment (case, budget/..., evidence/P-3).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Make the member&apos;s signing key: the private key goes to this computer&apos;s keychain, the public key is registered with the board.</source>
        <translation>Créer la clé de signature du membre&#xa0;: la clé privée va dans le trousseau de cet ordinateur, la clé publique est enregistrée auprès du conseil.</translation>
    </message>
</context>
<context>
    <name>ReviewPdfCommands</name>
    <message>
        <location filename="../app/cli/ReviewPdfCommands.cpp" line="+21"/>
        <source>The option %1 is required.</source>
        <translation>L&apos;option %1 est obligatoire.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 takes fr or en, not &quot;%2&quot;.</source>
        <translation>%1 prend fr ou en, pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dossier written to %1.</source>
        <translation>Dossier écrit dans %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Minutes written to %1.</source>
        <translation>Procès-verbal écrit dans %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Write the dossier for the board as a PDF: the round&apos;s frozen dossier with --round, else the dossier as it stands (French unless --lang en).</source>
        <translation>Écrire le dossier du conseil en PDF&#xa0;: le dossier figé du tour avec --round, sinon le dossier tel qu&apos;il est (en français sauf --lang en).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Write the extract of the board&apos;s minutes for a review round (PDF, in French; the latest round unless --round).</source>
        <translation>Écrire l&apos;extrait du procès-verbal du conseil pour un tour d&apos;examen (PDF, en français&#xa0;; le dernier tour sauf --round).</translation>
    </message>
</context>
<context>
    <name>ReviewPdfText</name>
    <message>
        <location filename="../models/review/ReviewPdfText.cpp" line="+17"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a former member</source>
        <translation>un ancien membre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>recorded by %1</source>
        <translation>enregistré par %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>recorded by %1 from %2</source>
        <translation>enregistré par %1 depuis %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dossier %1 — page %2 / %3</source>
        <translation>Dossier %1 — page %2 / %3</translation>
    </message>
</context>
<context>
    <name>ReviewRepository</name>
    <message>
        <location filename="../models/review/ReviewComments.cpp" line="+74"/>
        <location filename="../models/review/ReviewRecusals.cpp" line="+56"/>
        <location filename="../models/review/ReviewRepository.cpp" line="+278"/>
        <location filename="../models/review/ReviewVotes.cpp" line="+121"/>
        <location line="+55"/>
        <source>No review round has the identifier %1.</source>
        <translation>Aucun tour d&apos;examen n&apos;a l&apos;identifiant %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is closed (%2): comment on the campaign&apos;s current round.</source>
        <translation>%1 est clos (%2)&#xa0;: commentez le tour en cours de la campagne.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The comment is empty.</source>
        <translation>Le commentaire est vide.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The comment %1 is not one of %2: a reply answers a comment of the same round.</source>
        <translation>Le commentaire %1 n&apos;appartient pas au %2&#xa0;: une réponse répond à un commentaire du même tour.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The dossier of %1 has no section &quot;%2&quot;; its sections are: %3.</source>
        <translation>Le dossier du %1 n&apos;a pas de section «&#xa0;%2&#xa0;»&#xa0;; ses sections sont&#xa0;: %3.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No review comment has the identifier %1.</source>
        <translation>Aucun commentaire d&apos;examen n&apos;a l&apos;identifiant %1.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Comment identifier &quot;%1&quot; is too short; give at least 4 characters of its UUID.</source>
        <translation>L&apos;identifiant de commentaire «&#xa0;%1&#xa0;» est trop court&#xa0;; indiquez au moins 4 caractères de son UUID.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No review comment has the identifier &quot;%1&quot;.</source>
        <translation>Aucun commentaire d&apos;examen n&apos;a l&apos;identifiant «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment identifier &quot;%1&quot; matches several comments; give more characters.</source>
        <translation>L&apos;identifiant de commentaire «&#xa0;%1&#xa0;» correspond à plusieurs commentaires&#xa0;; indiquez davantage de caractères.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A review comment arrived for a round this desk does not hold (%1): it was not stored.</source>
        <translation>Un commentaire d&apos;examen est arrivé pour un tour que ce bureau ne détient pas (%1)&#xa0;: il n&apos;a pas été enregistré.</translation>
    </message>
    <message>
        <location filename="../models/review/ReviewRecusals.cpp" line="+8"/>
        <source>%1 has already declared a conflict of interest in %2 (%3).</source>
        <translation>%1 a déjà déclaré un conflit d&apos;intérêts dans le %2 (%3).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: say what the interest is; the minutes record it.</source>
        <translation>%1&#xa0;: précisez la nature de l&apos;intérêt&#xa0;; le procès-verbal la consigne.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has already voted in %2: a conflict of interest is declared before voting.</source>
        <translation>%1 a déjà voté dans le %2&#xa0;: un conflit d&apos;intérêts se déclare avant de voter.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not the board&apos;s secretary in office: only the secretary records a declaration for another member.</source>
        <translation>%1 n&apos;est pas le secrétaire en fonction du conseil&#xa0;: seul le secrétaire enregistre une déclaration pour un autre membre.</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>A declaration of interest arrived for a review round this desk does not hold (%1): it was not stored.</source>
        <translation>Une déclaration d&apos;intérêts est arrivée pour un tour d&apos;examen que ce bureau ne détient pas (%1)&#xa0;: elle n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <location filename="../models/review/ReviewRepository.cpp" line="-167"/>
        <location line="+140"/>
        <source>The dossier changed.</source>
        <translation>Le dossier a changé.</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>the desk&apos;s staff</source>
        <translation>l&apos;équipe du bureau</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>round %1 of &quot;%2&quot;</source>
        <translation>tour %1 de «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No campaign has the identifier %1.</source>
        <translation>Aucune campagne n&apos;a l&apos;identifiant %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is past review: only a draft or a campaign in review goes to the board.</source>
        <translation>«&#xa0;%1&#xa0;» a dépassé l&apos;examen&#xa0;: seul un brouillon ou une campagne en examen va devant le conseil.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; cannot go to the board yet: %2</source>
        <translation>«&#xa0;%1&#xa0;» ne peut pas encore aller devant le conseil&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Round %1 of &quot;%2&quot; is already open on this version of the dossier (fingerprint %3).</source>
        <translation>Le tour %1 de «&#xa0;%2&#xa0;» est déjà ouvert sur cette version du dossier (empreinte %3).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The board has no member in office: add the members (Association, Board) before submitting &quot;%1&quot;.</source>
        <translation>Le conseil n&apos;a aucun membre en fonction&#xa0;: ajoutez les membres (Association, Conseil) avant de soumettre «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The dossier of &quot;%1&quot; could not be read.</source>
        <translation>Le dossier de «&#xa0;%1&#xa0;» n&apos;a pas pu être lu.</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>%1 is closed (%2): it cannot be decided again.</source>
        <translation>%1 est clos (%2)&#xa0;: il ne peut pas être tranché à nouveau.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No decision can be recorded yet: %1</source>
        <translation>Aucune décision ne peut encore être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rejected by the board (round %1): %2</source>
        <translation>Rejeté par le conseil (tour %1)&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>A review round of &quot;%1&quot; arrived without its fingerprint: it was not stored.</source>
        <translation>Un tour d&apos;examen de «&#xa0;%1&#xa0;» est arrivé sans son empreinte&#xa0;: il n&apos;a pas été enregistré.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; has never been submitted to the board.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a jamais été soumis au conseil.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Round identifier &quot;%1&quot; is too short; give at least 4 characters of its UUID.</source>
        <translation>L&apos;identifiant de tour «&#xa0;%1&#xa0;» est trop court&#xa0;; indiquez au moins 4 caractères de son UUID.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No review round has the identifier &quot;%1&quot;.</source>
        <translation>Aucun tour d&apos;examen n&apos;a l&apos;identifiant «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round identifier &quot;%1&quot; matches several rounds; give more characters.</source>
        <translation>L&apos;identifiant de tour «&#xa0;%1&#xa0;» correspond à plusieurs tours&#xa0;; indiquez davantage de caractères.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The review round &quot;%1&quot; is not one of this campaign&apos;s.</source>
        <translation>Le tour d&apos;examen «&#xa0;%1&#xa0;» n&apos;est pas un tour de cette campagne.</translation>
    </message>
    <message>
        <location filename="../models/review/ReviewVotes.cpp" line="-101"/>
        <source>the member %1</source>
        <translation>le membre %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No board member has the identifier %1.</source>
        <translation>Aucun membre du conseil n&apos;a l&apos;identifiant %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was not a member of the board in office when %2 opened: they do not take part in it.</source>
        <translation>%1 n&apos;était pas membre en fonction du conseil à l&apos;ouverture du %2&#xa0;: il n&apos;y prend pas part.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 left the board on %2: they no longer take part in %3.</source>
        <translation>%1 a quitté le conseil le %2&#xa0;: il ne prend plus part au %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 declared a conflict of interest in %2 (%3): a recused member does not vote.</source>
        <translation>%1 a déclaré un conflit d&apos;intérêts dans le %2 (%3)&#xa0;: un membre déporté ne vote pas.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 was superseded on %2 (%3): it takes nothing more; the next round will be on the new version of the dossier.</source>
        <translation>%1 a été remplacé le %2 (%3)&#xa0;: il ne reçoit plus rien&#xa0;; le prochain tour portera sur la nouvelle version du dossier.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 was decided on %2: it takes nothing more.</source>
        <translation>%1 a été tranché le %2&#xa0;: il ne reçoit plus rien.</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+63"/>
        <source>%1: a rejection needs its reason, for the other members and the minutes.</source>
        <translation>%1&#xa0;: un rejet doit être motivé, pour les autres membres et le procès-verbal.</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>%1 has no signing key registered with the board: make one (board key) first.</source>
        <translation>%1 n&apos;a pas de clé de signature enregistrée auprès du conseil&#xa0;: créez-en une d&apos;abord (board key).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The signing key on this computer is not the one registered for %1: the vote cannot be signed in their name.</source>
        <translation>La clé de signature de cet ordinateur n&apos;est pas celle enregistrée pour %1&#xa0;: le vote ne peut pas être signé en son nom.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 has just cast this very vote in %2: it is counted once.</source>
        <translation>%1 vient d&apos;exprimer ce même vote dans le %2&#xa0;: il n&apos;est compté qu&apos;une fois.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 is not the board&apos;s secretary in office: only the secretary records a vote given at a meeting or by e-mail.</source>
        <translation>%1 n&apos;est pas le secrétaire en fonction du conseil&#xa0;: seul le secrétaire enregistre un vote exprimé en séance ou par courriel.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Say how %1 gave the vote (a meeting, an e-mail, a letter or a call).</source>
        <translation>Indiquez comment %1 a exprimé son vote (en séance, par courriel, par courrier ou par téléphone).</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>A vote arrived for a review round this desk does not hold (%1): it was not counted.</source>
        <translation>Un vote est arrivé pour un tour d&apos;examen que ce bureau ne détient pas (%1)&#xa0;: il n&apos;a pas été compté.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The vote of %1 reached %2, which was superseded on %3: it was not counted.</source>
        <translation>Le vote de %1 est arrivé au %2, remplacé le %3&#xa0;: il n&apos;a pas été compté.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The vote of %1 reached %2, which was decided on %3: it was not counted.</source>
        <translation>Le vote de %1 est arrivé au %2, tranché le %3&#xa0;: il n&apos;a pas été compté.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The vote of %1 in %2 carries the signature of a vote already counted: it was not counted twice.</source>
        <translation>Le vote de %1 dans le %2 porte la signature d&apos;un vote déjà compté&#xa0;: il n&apos;a pas été compté deux fois.</translation>
    </message>
</context>
<context>
    <name>ReviewSync</name>
    <message>
        <location filename="../models/sync/kinds/ReviewKinds.cpp" line="+88"/>
        <location line="+162"/>
        <location line="+229"/>
        <source>%1 received from the platform was left out: %2.</source>
        <translation>%1, venu de la plateforme, a été laissé de côté&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="-380"/>
        <source>the board&apos;s review is kept whole: its records are never deleted</source>
        <translation>l&apos;examen du conseil est conservé en entier&#xa0;: ses éléments ne sont jamais supprimés</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>its rules or its status are not ones this version knows</source>
        <translation>ses règles ou son statut ne sont pas connus de cette version</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its campaign, number or opening time is missing</source>
        <translation>sa campagne, son numéro ou son heure d&apos;ouverture manque</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its snapshot does not give its fingerprint (tampered with or truncated)</source>
        <translation>son instantané ne donne pas son empreinte (altéré ou tronqué)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>review round %1 (%2)</source>
        <translation>le tour d&apos;examen %1 (%2)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 was closed on another desk first (%2): a round is closed once, so this desk&apos;s closing (%3) was dropped.</source>
        <translation>%1 a d&apos;abord été clos sur un autre bureau (%2)&#xa0;: un tour n&apos;est clos qu&apos;une fois, la clôture de ce bureau (%3) est donc abandonnée.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>its choice or form is not one this version knows</source>
        <translation>son choix ou sa forme n&apos;est pas connu de cette version</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+86"/>
        <source>its round, member or time is missing</source>
        <translation>son tour, son membre ou son heure manque</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>the vote &quot;%1&quot; cast %2</source>
        <translation>le vote «&#xa0;%1&#xa0;» exprimé le %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The platform refused %1: %2 The vote stays on this desk and is not sent again.</source>
        <translation>La plateforme a refusé %1&#xa0;: %2 Le vote reste sur ce bureau et n&apos;est pas renvoyé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The platform refused %1, which is not sent again: %2</source>
        <translation>La plateforme a refusé %1, qui n&apos;est pas renvoyé&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the declaration of interest &quot;%1&quot;</source>
        <translation>la déclaration d&apos;intérêt «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>the comment of %1 on %2</source>
        <translation>le commentaire de %1 sur %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>its round, section, text or time is missing</source>
        <translation>son tour, sa section, son texte ou son heure manque</translation>
    </message>
</context>
<context>
    <name>ReviewText</name>
    <message>
        <location filename="../models/review/ReviewText.cpp" line="+9"/>
        <source>%1 · round %2</source>
        <translation>%1 · tour %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 — round %2 open</source>
        <translation>%1 — tour %2 ouvert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — round %2 approved</source>
        <translation>%1 — tour %2 approuvé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — round %2 rejected</source>
        <translation>%1 — tour %2 rejeté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — round %2 superseded</source>
        <translation>%1 — tour %2 caduc</translation>
    </message>
</context>
<context>
    <name>SigningKeys</name>
    <message>
        <location filename="../models/review/SigningKeys.cpp" line="+29"/>
        <source>the keychain refused access (its unlock prompt was cancelled or denied).</source>
        <translation>le trousseau a refusé l&apos;accès (sa fenêtre de déverrouillage a été annulée ou refusée).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no keychain service answers on this computer (such as GNOME Keyring or KWallet).</source>
        <translation>aucun service de trousseau ne répond sur cet ordinateur (tel que GNOME Keyring ou KWallet).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the keychain did not answer as expected: it may be locked, or have no keyring to store into.</source>
        <translation>le trousseau n&apos;a pas répondu comme prévu&#xa0;: il est peut-être verrouillé, ou n&apos;a pas de trousseau où enregistrer.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This computer&apos;s keychain holds no signing key for this member: make one first (board key).</source>
        <translation>Le trousseau de cet ordinateur ne contient aucune clé de signature pour ce membre&#xa0;: créez-en une d&apos;abord (board key).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The signing key in this computer&apos;s keychain is damaged: make a new one (board key).</source>
        <translation>La clé de signature du trousseau de cet ordinateur est endommagée&#xa0;: créez-en une nouvelle (board key).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The signing key could not be read from the keychain: %1</source>
        <translation>La clé de signature n&apos;a pas pu être lue dans le trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The signing key could not be stored in the keychain: %1</source>
        <translation>La clé de signature n&apos;a pas pu être enregistrée dans le trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The signing key could not be removed from the keychain: %1</source>
        <translation>La clé de signature n&apos;a pas pu être retirée du trousseau&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No signing key could be made (OpenSSL refused).</source>
        <translation>Aucune clé de signature n&apos;a pu être créée (refus d&apos;OpenSSL).</translation>
    </message>
</context>
<context>
    <name>SqliteStatement</name>
    <message>
        <location filename="../models/storage/SqliteStatement.cpp" line="+29"/>
        <source>Cannot prepare a statement: the desk is not an open SQLite file.</source>
        <translation>Impossible de préparer une requête&#xa0;: le bureau n&apos;est pas un fichier SQLite ouvert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot prepare a statement: %1</source>
        <translation>Impossible de préparer une requête&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>StatementFormats</name>
    <message>
        <location filename="../models/donations/statements/StatementFormat.cpp" line="+80"/>
        <source>unknown format</source>
        <translation>format inconnu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot open the file: %1</source>
        <translation>impossible d&apos;ouvrir le fichier&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>this is not a CAMT.053, OFX or CSV bank statement</source>
        <translation>ce n&apos;est pas un relevé bancaire CAMT.053, OFX ou CSV</translation>
    </message>
</context>
<context>
    <name>SyncClient</name>
    <message>
        <location filename="../models/sync/SyncClient.cpp" line="+50"/>
        <source>&quot;%1&quot; is not a server address such as https://platform.example.org.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse de serveur comme https://platform.example.org.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server address must start with https:// (plain http is accepted only for this computer, 127.0.0.1).</source>
        <translation>L&apos;adresse du serveur doit commencer par https:// (http simple n&apos;est accepté que pour cet ordinateur, 127.0.0.1).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The platform asks to slow down; waiting %1 s.</source>
        <translation>La plateforme demande de ralentir&#xa0;; attente de %1&#xa0;s.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No answer from the platform (%1); trying again in %2 s.</source>
        <translation>Pas de réponse de la plateforme (%1)&#xa0;; nouvel essai dans %2&#xa0;s.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The platform answered %1; trying again in %2 s.</source>
        <translation>La plateforme a répondu %1&#xa0;; nouvel essai dans %2&#xa0;s.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Connected: the platform accepts this desk&apos;s token &quot;%1&quot;.</source>
        <translation>Connecté&#xa0;: la plateforme accepte le jeton «&#xa0;%1&#xa0;» de ce bureau.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The sync was stopped; what was not sent waits for the next sync.</source>
        <translation>La synchronisation a été interrompue&#xa0;; ce qui n&apos;a pas été envoyé attend la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done: sent %1, received %2, new conflicts %3, waiting to be sent %4.</source>
        <translation>Terminé. Envoyés&#xa0;: %1, reçus&#xa0;: %2, nouveaux conflits&#xa0;: %3, en attente d&apos;envoi&#xa0;: %4.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/sync/SyncPush.cpp" line="+75"/>
        <source>Sending %n change(s)…</source>
        <translation>
            <numerusform>Envoi de %n modification…</numerusform>
            <numerusform>Envoi de %n modifications…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+148"/>
        <source>The platform does not take several changes in one request; sending them one at a time.</source>
        <translation>La plateforme ne prend pas plusieurs modifications dans une même requête&#xa0;; envoi une par une.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>The platform&apos;s answer to %n change(s) sent together could not be read; they wait for the next sync.</source>
        <translation>
            <numerusform>La réponse de la plateforme à %n modification envoyée groupée n&apos;a pas pu être lue&#xa0;; elle attend la prochaine synchronisation.</numerusform>
            <numerusform>La réponse de la plateforme aux %n modifications envoyées ensemble n&apos;a pas pu être lue&#xa0;; elles attendent la prochaine synchronisation.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Sent the deletion of %1.</source>
        <translation>Suppression de %1 envoyée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent &quot;%1&quot;.</source>
        <translation>Envoyé&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>&quot;%1&quot; was changed on the platform too: kept as a conflict for you to decide.</source>
        <translation>«&#xa0;%1&#xa0;» a aussi changé sur la plateforme&#xa0;: un conflit est conservé, à vous de trancher.</translation>
    </message>
    <message>
        <location filename="../models/sync/SyncPull.cpp" line="+97"/>
        <source>Receiving the others&apos; changes…</source>
        <translation>Réception des modifications des autres…</translation>
    </message>
    <message numerus="yes">
        <location line="+64"/>
        <source>%n record(s) of kind &quot;%1&quot; received from the platform were left out: this version of CaseDesk does not know that kind (a newer desk&apos;s).</source>
        <translation>
            <numerusform>%n enregistrement de type « %1 » reçu de la plateforme a été laissé de côté : cette version de CaseDesk ne connaît pas ce type (celui d&apos;un bureau plus récent).</numerusform>
            <numerusform>%n enregistrements de type « %1 » reçus de la plateforme ont été laissés de côté : cette version de CaseDesk ne connaît pas ce type (celui d&apos;un bureau plus récent).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Received %n change(s).</source>
        <translation>
            <numerusform>%n modification reçue.</numerusform>
            <numerusform>%n modifications reçues.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n record(s) changed on both sides: kept as conflicts for you to decide.</source>
        <translation>
            <numerusform>%n enregistrement modifié des deux côtés&#xa0;: conservé comme conflit, à vous de trancher.</numerusform>
            <numerusform>%n enregistrements modifiés des deux côtés&#xa0;: conservés comme conflits, à vous de trancher.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/sync/SyncFiles.cpp" line="+72"/>
        <source>The file of the piece &quot;%1&quot; cannot be read from the evidence folder; the piece was not sent.</source>
        <translation>Le fichier de la pièce «&#xa0;%1&#xa0;» ne peut pas être lu dans le dossier des pièces&#xa0;; la pièce n&apos;a pas été envoyée.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sending the file of &quot;%1&quot; (%2 MiB)…</source>
        <translation>Envoi du fichier de «&#xa0;%1&#xa0;» (%2 Mio)…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Sent the file of &quot;%1&quot;.</source>
        <translation>Fichier de «&#xa0;%1&#xa0;» envoyé.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Receiving the file of &quot;%1&quot;…</source>
        <translation>Réception du fichier de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The file of &quot;%1&quot; is not on the platform; the piece was left out.</source>
        <translation>Le fichier de «&#xa0;%1&#xa0;» n&apos;est pas sur la plateforme&#xa0;; la pièce a été laissée de côté.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Cannot write the file of &quot;%1&quot; into the evidence folder %2.</source>
        <translation>Impossible d&apos;écrire le fichier de «&#xa0;%1&#xa0;» dans le dossier des pièces %2.</translation>
    </message>
    <message>
        <location filename="../models/sync/SyncClient.cpp" line="-89"/>
        <source>Type the platform&apos;s address first, such as https://platform.example.org.</source>
        <translation>Tapez d&apos;abord l&apos;adresse de la plateforme, par exemple https://platform.example.org.</translation>
    </message>
    <message>
        <location filename="../models/sync/SyncFiles.cpp" line="+16"/>
        <source>The file of &quot;%1&quot; received from the platform does not match its SHA-256 fingerprint; it was not kept.</source>
        <translation>Le fichier de «&#xa0;%1&#xa0;» reçu de la plateforme ne correspond pas à son empreinte SHA-256&#xa0;; il n&apos;a pas été conservé.</translation>
    </message>
    <message numerus="yes">
        <location filename="../models/sync/SyncClient.cpp" line="+102"/>
        <source>The platform could not be reached after %n attempt(s): %1</source>
        <translation>
            <numerusform>La plateforme est restée injoignable après %n tentative&#xa0;: %1</numerusform>
            <numerusform>La plateforme est restée injoignable après %n tentatives&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The platform refused the token; check the keychain entry or CASEDESK_TOKEN.</source>
        <translation>La plateforme a refusé le jeton&#xa0;; vérifiez l&apos;entrée du trousseau ou CASEDESK_TOKEN.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The platform answered %1 (%2).</source>
        <translation>La plateforme a répondu %1 (%2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 Refused: %2.</source>
        <translation>%1 Refusé&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>SyncCommands</name>
    <message>
        <location filename="../app/cli/SyncCommands.cpp" line="+37"/>
        <source>No token: set %1 (no keychain is available here).</source>
        <translation>Aucun jeton&#xa0;: définissez %1 (aucun trousseau n&apos;est disponible ici).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Or set %1.</source>
        <translation>Ou définissez %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sent %1, received %2, new conflicts %3, waiting to be sent %4.</source>
        <translation>Envoyés&#xa0;: %1, reçus&#xa0;: %2, nouveaux conflits&#xa0;: %3, en attente d&apos;envoi&#xa0;: %4.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n new conflict(s): see &quot;conflicts list&quot;.</source>
        <translation>
            <numerusform>%n nouveau conflit&#xa0;: voir «&#xa0;conflicts list&#xa0;».</numerusform>
            <numerusform>%n nouveaux conflits&#xa0;: voir «&#xa0;conflicts list&#xa0;».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s) still waiting to be sent.</source>
        <translation>
            <numerusform>%n modification encore en attente d&apos;envoi.</numerusform>
            <numerusform>%n modifications encore en attente d&apos;envoi.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The desk and the platform have not converged.</source>
        <translation>Le bureau et la plateforme ne sont pas synchronisés.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No keychain is available here, so the token cannot be stored.</source>
        <translation>Aucun trousseau n&apos;est disponible ici&#xa0;: le jeton ne peut donc pas être enregistré.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why: %1</source>
        <translation>Raison&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scripts can give the token in %1 instead.</source>
        <translation>Les scripts peuvent plutôt fournir le jeton dans %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Give the token on standard input, e.g. from a password manager.</source>
        <translation>Fournissez le jeton sur l&apos;entrée standard, par exemple depuis un gestionnaire de mots de passe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The token for %1 is stored in the keychain.</source>
        <translation>Le jeton de %1 est enregistré dans le trousseau.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The keychain no longer holds a token for %1.</source>
        <translation>Le trousseau ne contient plus de jeton pour %1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(deleted)</source>
        <translation>(supprimée)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No conflicts.</source>
        <translation>Aucun conflit.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+48"/>
        <source>Mine</source>
        <translation>Ma version</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+48"/>
        <source>Theirs</source>
        <translation>Leur version</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Detected</source>
        <translation>Détecté</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>See &quot;conflicts list&quot;.</source>
        <translation>Voir «&#xa0;conflicts list&#xa0;».</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Conflict %1 on %2 %3 &quot;%4&quot;, found %5.</source>
        <translation>Conflit %1 sur %2 %3 «&#xa0;%4&#xa0;», détecté le %5.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choice</source>
        <translation>Choix</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>* a side to choose: conflicts resolve ID --keep mine|theirs [--take FIELD=mine|theirs]</source>
        <translation>* version à choisir&#xa0;: conflicts resolve ID --keep mine|theirs [--take FIELD=mine|theirs]</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>--keep takes &quot;mine&quot; or &quot;theirs&quot;.</source>
        <translation>--keep accepte «&#xa0;mine&#xa0;» ou «&#xa0;theirs&#xa0;».</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--take %1: expected FIELD=mine or FIELD=theirs, FIELD one of: %2.</source>
        <translation>--take %1&#xa0;: écrivez FIELD=mine ou FIELD=theirs, où FIELD est l&apos;un des champs suivants&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Decide every field that differs (%1) with --take, or give --keep.</source>
        <translation>Tranchez chaque champ divergent (%1) avec --take, ou indiquez --keep.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Resolved; the result is sent to the platform at the next sync.</source>
        <translation>Résolu&#xa0;; le résultat sera envoyé à la plateforme à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolved; the desk now holds the platform&apos;s version, nothing to send.</source>
        <translation>Résolu&#xa0;; le bureau contient désormais la version de la plateforme, rien à envoyer.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Send the waiting changes to the platform and receive the others&apos; changes; exit 0 when everything converged.</source>
        <translation>Envoyer les modifications en attente à la plateforme et recevoir celles des autres&#xa0;; code de sortie 0 quand tout est synchronisé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Store the platform token, read from standard input, in the keychain (exit 1 when there is no keychain).</source>
        <translation>Enregistrer dans le trousseau le jeton de la plateforme, lu sur l&apos;entrée standard (code de sortie 1 s&apos;il n&apos;y a pas de trousseau).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove the platform token from the keychain.</source>
        <translation>Retirer du trousseau le jeton de la plateforme.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>List the conflicts waiting for a decision (mine and theirs; --json for both documents).</source>
        <translation>Lister les conflits en attente de décision (ma version et la leur&#xa0;; --json pour les deux documents).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show a conflict field by field: mine, theirs, and the fields to decide (--json).</source>
        <translation>Afficher un conflit champ par champ&#xa0;: ma version, la leur et les champs à trancher (--json).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Decide a conflict: keep one side, or take each differing field from a side; the result is sent at the next sync.</source>
        <translation>Trancher un conflit&#xa0;: garder une version, ou prendre chaque champ divergent dans l&apos;une ou l&apos;autre&#xa0;; le résultat est envoyé à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The token comes from %1, else from the keychain (service &quot;casedesk&quot;, key = the server URL).</source>
        <translation>Le jeton vient de %1, sinon du trousseau (service «&#xa0;casedesk&#xa0;», clé = l&apos;adresse du serveur).</translation>
    </message>
</context>
<context>
    <name>SyncKinds</name>
    <message>
        <location filename="../models/sync/SyncKinds.cpp" line="+74"/>
        <source>The desk holds records of kind &quot;%1&quot;, which this version of CaseDesk does not know.</source>
        <translation>Le bureau contient des enregistrements de type « %1 », que cette version de CaseDesk ne connaît pas.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The platform holds records of kind &quot;%1&quot;, which this version of CaseDesk does not know.</source>
        <translation>La plateforme contient des enregistrements de type « %1 », que cette version de CaseDesk ne connaît pas.</translation>
    </message>
</context>
<context>
    <name>SyncQueue</name>
    <message>
        <location filename="../models/sync/SyncQueue.cpp" line="+43"/>
        <source>Changes of kind &quot;%1&quot; wait in the outbox, but this version of CaseDesk does not know that kind; they stay on the desk.</source>
        <translation>Des modifications de type « %1 » attendent d&apos;être envoyées, mais cette version de CaseDesk ne connaît pas ce type ; elles restent sur le bureau.</translation>
    </message>
</context>
<context>
    <name>SyncTransport</name>
    <message>
        <location filename="../models/sync/SyncTransport.cpp" line="+38"/>
        <source>No certificate could be read from %1.</source>
        <translation>Aucun certificat n&apos;a pu être lu dans %1.</translation>
    </message>
</context>
<context>
    <name>UluleReader</name>
    <message>
        <location filename="../models/donations/platform/UluleReader.cpp" line="+110"/>
        <source>unknown status &quot;%1&quot; (expected one of: %2)</source>
        <translation>statut inconnu «&#xa0;%1&#xa0;» (valeurs attendues&#xa0;: %2)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the amount must be more than zero</source>
        <translation>le montant doit être supérieur à zéro</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>expected the orders of a Ulule project ({&quot;orders&quot;: [...]})</source>
        <translation>attendu&#xa0;: les commandes d&apos;un projet Ulule ({&quot;orders&quot;: [...]})</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>missing column &quot;%1&quot;</source>
        <translation>colonne «&#xa0;%1&#xa0;» manquante</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>the order number is empty</source>
        <translation>le numéro de commande est vide</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a date such as 14/03/2026, found &quot;%1&quot;</source>
        <translation>attendu&#xa0;: une date comme 14/03/2026&#xa0;; trouvé&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected an amount such as 25,00, found &quot;%1&quot;</source>
        <translation>attendu&#xa0;: un montant comme 25,00&#xa0;; trouvé&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown status &quot;%1&quot;</source>
        <translation>statut inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <location filename="../app/cli/Values.cpp" line="+20"/>
        <location line="+10"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: &quot;%2&quot; is not a date; write it as yyyy-mm-dd.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une date&#xa0;; écrivez-la sous la forme aaaa-mm-jj.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: &quot;%2&quot; is not a percentage; write it like 5 or 5.25.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un pourcentage&#xa0;; écrivez-le sous la forme 5 ou 5,25.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: &quot;%2&quot; must be between 0 and 100.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» doit être compris entre 0 et 100.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>N: &quot;%1&quot; is not a line number (1 for the first line).</source>
        <translation>N&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un numéro de ligne (1 pour la première ligne).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>URL: &quot;%1&quot; is not a web address; it must start with http:// or https://.</source>
        <translation>URL&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une adresse web&#xa0;; elle doit commencer par http:// ou https://.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: write yes or no, not &quot;%2&quot;.</source>
        <translation>%1&#xa0;: écrivez yes ou no, pas «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 must not be empty.</source>
        <translation>%1 ne doit pas être vide.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1%</source>
        <extracomment>A percentage; French puts a (narrow no-break) space before the sign.</extracomment>
        <translation>%1&#x202f;%</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commission (%1)</source>
        <translation>Commission (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flat campaign fee</source>
        <translation>Frais forfaitaires de campagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net for the action</source>
        <translation>Net pour l&apos;action</translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <location filename="../models/evidence/Vault.cpp" line="+67"/>
        <location line="+115"/>
        <source>Cannot create the evidence folder %1.</source>
        <translation>Impossible de créer le dossier des pièces %1.</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>The file %1 does not exist.</source>
        <translation>Le fichier %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a folder; attach the files inside it instead.</source>
        <translation>%1 est un dossier&#xa0;; joignez plutôt les fichiers qu&apos;il contient.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a regular file.</source>
        <translation>%1 n&apos;est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file %1 is larger than the limit of %2 MiB for one piece; it was not attached. The limit can be changed in the evidence settings.</source>
        <translation>Le fichier %1 dépasse la taille maximale de %2 Mio par pièce&#xa0;; il n&apos;a pas été joint. Cette limite peut être modifiée dans les réglages des pièces.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+35"/>
        <source>Cannot read the file %1: %2</source>
        <translation>Impossible de lire le fichier %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Cannot write into the evidence folder %1: %2</source>
        <translation>Impossible d&apos;écrire dans le dossier des pièces %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Attaching %1 was cancelled.</source>
        <translation>L&apos;ajout de %1 a été annulé.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot copy %1 into the evidence folder %2 (is the disk full?): %3</source>
        <translation>Impossible de copier %1 dans le dossier des pièces %2 (le disque est-il plein&#xa0;?)&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot write %1 to the disk in the evidence folder %2 (is the disk full?): %3</source>
        <translation>Impossible d&apos;écrire %1 sur le disque dans le dossier des pièces %2 (le disque est-il plein&#xa0;?)&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot move the copy into the evidence folder %1: %2</source>
        <translation>Impossible de déplacer la copie dans le dossier des pièces %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot write the evidence folder %1 to the disk.</source>
        <translation>Impossible d&apos;enregistrer sur le disque le dossier des pièces %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot delete %1: %2</source>
        <translation>Impossible de supprimer %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <location filename="../models/campaigns/Workflow.cpp" line="+36"/>
        <source>Title is empty.</source>
        <translation>Le titre est vide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary is empty.</source>
        <translation>Le résumé est vide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description is empty.</source>
        <translation>La description est vide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The harm the action fights is not described.</source>
        <translation>L&apos;atteinte combattue par l&apos;action n&apos;est pas décrite.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal basis is empty.</source>
        <translation>Le fondement juridique n&apos;est pas renseigné.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Court is empty.</source>
        <translation>La juridiction n&apos;est pas renseignée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opposing party is empty.</source>
        <translation>La partie adverse n&apos;est pas renseignée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Funding goal must be more than zero.</source>
        <translation>L&apos;objectif de collecte doit être supérieur à zéro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End date is not set.</source>
        <translation>La date de fin n&apos;est pas fixée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+44"/>
        <source>End date must be in the future.</source>
        <translation>La date de fin doit être postérieure à la date du jour.</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>The budget has no lines.</source>
        <translation>Le budget ne comporte aucune ligne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The budget lines add up to %1 but the funding goal is %2.</source>
        <translation>Le total des lignes budgétaires est de %1, mais l&apos;objectif de collecte est de %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Budget line %1 has no label.</source>
        <translation>La ligne budgétaire %1 n&apos;a pas de libellé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The &quot;Use of funds&quot; tab is empty.</source>
        <translation>L&apos;onglet «&#xa0;Emploi des fonds&#xa0;» est vide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The lawyer in charge of the case is not named.</source>
        <translation>L&apos;avocat chargé de l&apos;affaire n&apos;est pas nommé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lawyer&apos;s assessment of the prospects is not written.</source>
        <translation>L&apos;analyse de l&apos;avocat sur les chances de succès n&apos;est pas rédigée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The risks of the action (adverse costs included) are not described.</source>
        <translation>Les risques de l&apos;action (frais à payer à l&apos;adversaire compris) ne sont pas décrits.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the association is the one to act is not explained.</source>
        <translation>Il n&apos;est pas expliqué pourquoi c&apos;est à l&apos;association d&apos;agir.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only an approved campaign can be published; this one is &quot;%1&quot;.</source>
        <translation>Seule une campagne approuvée peut être publiée&#xa0;; celle-ci a le statut «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A campaign cannot go from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Une campagne ne peut pas passer du statut «&#xa0;%1&#xa0;» au statut «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The association&apos;s profile has no name.</source>
        <translation>Le profil de l&apos;association n&apos;indique pas de nom.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The association&apos;s profile needs a valid RNA number before publishing.</source>
        <translation>Le profil de l&apos;association doit comporter un numéro RNA valide avant toute publication.</translation>
    </message>
</context>
<context>
    <name>casedesk::AssociationPage</name>
    <message>
        <location filename="../ui/association/AssociationPage.cpp" line="+36"/>
        <source>e.g. Association loi 1901</source>
        <translation>Ex.&#xa0;: Association loi 1901</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>W, prefecture code and 6 digits, e.g. W313012345</source>
        <translation>W, code de la préfecture et 6 chiffres, ex.&#xa0;: W313012345</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>9 digits (optional)</source>
        <translation>9 chiffres (facultatif)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Of general interest: may issue tax receipts to donors</source>
        <translation>D&apos;intérêt général&#xa0;: peut délivrer des reçus fiscaux aux donateurs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. President</source>
        <translation>Ex.&#xa0;: Président</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not chosen</source>
        <translation>Non choisie</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The box of the Cerfa&apos;s &quot;Bénéficiaire&quot; section that the receipts tick.</source>
        <translation>La case de la partie «&#xa0;Bénéficiaire&#xa0;» du Cerfa que cochent les reçus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the receipts are signed, e.g. Toulouse</source>
        <translation>Où les reçus sont signés, par ex. Toulouse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remo&amp;ve</source>
        <translation>Reti&amp;rer</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Legal form</source>
        <translation>&amp;Forme juridique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;RNA number</source>
        <translation>Numéro &amp;RNA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;SIREN</source>
        <translation>&amp;SIREN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Purpose</source>
        <translation>&amp;Objet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signatory&apos;s na&amp;me</source>
        <translation>No&amp;m du signataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatory&apos;s r&amp;ole</source>
        <translation>&amp;Qualité du signataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt &amp;category</source>
        <translation>&amp;Catégorie des reçus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipts signed &amp;at</source>
        <translation>Reçus signés &amp;à</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+189"/>
        <source>Signature image</source>
        <translation>Image de signature</translation>
    </message>
    <message>
        <location line="-186"/>
        <source>The association that takes the legal action. Its RNA number is required before a campaign is published; the signatory signs the tax receipts.</source>
        <translation>L&apos;association qui engage l&apos;action en justice. Son numéro RNA est obligatoire avant la publication d&apos;une campagne&#xa0;; le signataire signe les reçus fiscaux.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Profile</source>
        <translation>&amp;Profil</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Edits not saved were undone</source>
        <translation>Les saisies non enregistrées ont été annulées</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not saved: fix the highlighted field</source>
        <translation>Non enregistré&#xa0;: corrigez le champ signalé</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>association profile</source>
        <translation>fiche de l&apos;association</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved at %1</source>
        <translation>Enregistré à %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not saved: %1 is not an image this application can read.</source>
        <translation>Non enregistré&#xa0;: %1 n&apos;est pas une image que cette application sait lire.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>None: the receipts are signed by hand.</source>
        <translation>Aucune&#xa0;: les reçus sont signés à la main.</translation>
    </message>
</context>
<context>
    <name>casedesk::AssociationRepository</name>
    <message>
        <location filename="../models/campaigns/AssociationRepository.cpp" line="+64"/>
        <source>The association&apos;s profile was changed elsewhere since it was opened; it has been reloaded.</source>
        <translation>Le profil de l&apos;association a été modifié ailleurs depuis son ouverture&#xa0;; il a été rechargé.</translation>
    </message>
</context>
<context>
    <name>casedesk::AttachJob</name>
    <message>
        <location filename="../models/evidence/EvidenceJobs.cpp" line="+143"/>
        <source>%1 is already piece no. %2</source>
        <translation>%1 est déjà la pièce n°&#xa0;%2</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n piece(s) attached.</source>
        <translation>
            <numerusform>%n pièce jointe.</numerusform>
            <numerusform>%n pièces jointes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n of them already had their file in the vault (another campaign); it is stored once.</source>
        <translation>
            <numerusform>%n d&apos;entre elles avait déjà son fichier dans le coffre (autre campagne)&#xa0;; il n&apos;est stocké qu&apos;une fois.</numerusform>
            <numerusform>%n d&apos;entre elles avaient déjà leur fichier dans le coffre (autre campagne)&#xa0;; il n&apos;est stocké qu&apos;une fois.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not attached twice: %1.</source>
        <translation>Non joints une seconde fois&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled: the remaining files were not attached.</source>
        <translation>Annulé&#xa0;: les fichiers restants n&apos;ont pas été joints.</translation>
    </message>
</context>
<context>
    <name>casedesk::BackupController</name>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="+56"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No backup yet</source>
        <translation>Aucune sauvegarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up with File ▸ Back up…, or turn on automatic backups in Tools ▸ Automatic backups…</source>
        <translation>Sauvegardez avec Fichier ▸ Sauvegarder…, ou activez les sauvegardes automatiques dans Outils ▸ Sauvegardes automatiques…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Last backup %n day(s) ago</source>
        <translation>
            <numerusform>Dernière sauvegarde il y a %n jour</numerusform>
            <numerusform>Dernière sauvegarde il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last backup: %1. Back up with File ▸ Back up…, or turn on automatic backups in Tools ▸ Automatic backups…</source>
        <translation>Dernière sauvegarde&#xa0;: %1. Sauvegardez avec Fichier ▸ Sauvegarder…, ou activez les sauvegardes automatiques dans Outils ▸ Sauvegardes automatiques…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last backup: %1</source>
        <translation>Dernière sauvegarde&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back up now with File ▸ Back up…</source>
        <translation>Sauvegardez maintenant avec Fichier ▸ Sauvegarder…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Copying the desk…</source>
        <translation>Copie du bureau…</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+27"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+144"/>
        <source>Automatic backup</source>
        <translation>Sauvegarde automatique</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>Back up the desk</source>
        <translation>Sauvegarder le bureau</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copying the desk: %1 of %2</source>
        <translation>Copie du bureau&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the backup: %1 of %2</source>
        <translation>Écriture de la sauvegarde&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Restoring the backup…</source>
        <translation>Restauration de la sauvegarde…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+52"/>
        <location line="+13"/>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Restoring the backup: %1 of %2</source>
        <translation>Restauration de la sauvegarde&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Backup written: %1 (%2)</source>
        <translation>Sauvegarde écrite&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backup cancelled: nothing was written.</source>
        <translation>Sauvegarde annulée&#xa0;: rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup was not written</source>
        <translation>La sauvegarde n&apos;a pas été écrite</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>CaseDesk backups (*.casedesk-backup);;All files (*)</source>
        <translation>Sauvegardes CaseDesk (*.casedesk-backup);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot restore this backup</source>
        <translation>Impossible de restaurer cette sauvegarde</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This backup is encrypted. Enter the passphrase it was made with.</source>
        <translation>Cette sauvegarde est chiffrée. Saisissez la phrase de passe avec laquelle elle a été faite.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1-restored-%2.db</source>
        <translation>%1-restaure-%2.db</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore into a new desk</source>
        <translation>Restaurer dans un nouveau bureau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CaseDesk desks (*.db)</source>
        <translation>Bureaux CaseDesk (*.db)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Restore cancelled: nothing was restored.</source>
        <translation>Restauration annulée&#xa0;: rien n&apos;a été restauré.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup was not restored</source>
        <translation>La sauvegarde n&apos;a pas été restaurée</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The backup was restored into the new desk %1, with %n evidence file(s). This window stays on the current desk. Open the restored desk in a new window?</source>
        <translation>
            <numerusform>La sauvegarde a été restaurée dans le nouveau bureau %1, avec %n fichier de pièce. Cette fenêtre reste sur le bureau actuel. Ouvrir le bureau restauré dans une nouvelle fenêtre&#xa0;?</numerusform>
            <numerusform>La sauvegarde a été restaurée dans le nouveau bureau %1, avec %n fichiers de pièces. Cette fenêtre reste sur le bureau actuel. Ouvrir le bureau restauré dans une nouvelle fenêtre&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Open it</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Automatic backup settings saved</source>
        <translation>Réglages des sauvegardes automatiques enregistrés</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Automatic backups of this desk are encrypted. Enter their passphrase for this session: CaseDesk keeps it in memory until you quit and never stores it. Cancel skips this backup.</source>
        <translation>Les sauvegardes automatiques de ce bureau sont chiffrées. Saisissez leur phrase de passe pour cette session&#xa0;: CaseDesk la garde en mémoire jusqu&apos;à ce que vous quittiez et ne l&apos;enregistre jamais. Annuler saute cette sauvegarde.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No automatic backup this time</source>
        <translation>Pas de sauvegarde automatique cette fois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 Your desk is saved; the backup will be tried again when the window next closes.</source>
        <translation>%1 Votre bureau est enregistré&#xa0;; la sauvegarde sera tentée de nouveau à la prochaine fermeture de la fenêtre.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The automatic backup was not written</source>
        <translation>La sauvegarde automatique n&apos;a pas été écrite</translation>
    </message>
</context>
<context>
    <name>casedesk::BackupDialog</name>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="+21"/>
        <source>&amp;Encrypt it with a passphrase (recommended)</source>
        <translation>&amp;Chiffrer avec une phrase de passe (recommandé)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do &amp;not encrypt it: anyone who gets the file can read the whole desk, donors&apos; personal data included</source>
        <translation>&amp;Ne pas chiffrer&#xa0;: quiconque obtient le fichier peut lire tout le bureau, données personnelles des donateurs comprises</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Back up the desk</source>
        <translation>Sauvegarder le bureau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One file holds the whole desk and its evidence files, as saved now. Keep it somewhere else than this computer: a USB key, a synced folder.</source>
        <translation>Un seul fichier contient tout le bureau et les fichiers de ses pièces, tels qu&apos;enregistrés maintenant. Gardez-le ailleurs que sur cet ordinateur&#xa0;: une clé USB, un dossier synchronisé.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CaseDesk never stores the passphrase: without it the backup cannot be restored by anyone, you included.</source>
        <translation>CaseDesk n&apos;enregistre jamais la phrase de passe&#xa0;: sans elle, personne ne peut restaurer la sauvegarde, vous compris.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Back up</source>
        <translation>&amp;Sauvegarder</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Back up the desk to</source>
        <translation>Sauvegarder le bureau dans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CaseDesk backups (*.casedesk-backup)</source>
        <translation>Sauvegardes CaseDesk (*.casedesk-backup)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the file to write.</source>
        <translation>Choisissez le fichier à écrire.</translation>
    </message>
</context>
<context>
    <name>casedesk::BackupSettingsDialog</name>
    <message>
        <location filename="../ui/backup/BackupSettingsDialog.cpp" line="+22"/>
        <source>&amp;Back up when the window closes, at most once a day</source>
        <translation>&amp;Sauvegarder à la fermeture de la fenêtre, au plus une fois par jour</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Encrypted: CaseDesk asks for the passphrase once per session, at the first automatic backup, and never stores it</source>
        <translation>&amp;Chiffrées&#xa0;: CaseDesk demande la phrase de passe une fois par session, à la première sauvegarde automatique, et ne l&apos;enregistre jamais</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Not encrypted: anyone who gets the folder can read the whole desk, donors&apos; personal data included</source>
        <translation>&amp;Non chiffrées&#xa0;: quiconque obtient le dossier peut lire tout le bureau, données personnelles des donateurs comprises</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Automatic backups</source>
        <translation>Sauvegardes automatiques</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Folder (a USB key, a synced folder):</source>
        <translation>&amp;Dossier (une clé USB, un dossier synchronisé)&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backups to &amp;keep:</source>
        <translation>Sauvegardes à &amp;garder&#xa0;:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Folder for the automatic backups</source>
        <translation>Dossier des sauvegardes automatiques</translation>
    </message>
</context>
<context>
    <name>casedesk::BankCreditModel</name>
    <message>
        <location filename="../models/itemmodels/BankCreditModel.cpp" line="+82"/>
        <source>payout %1, %2</source>
        <translation>versement %1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymous</source>
        <translation>Anonyme</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bank label</source>
        <translation>Libellé bancaire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matched with</source>
        <translation>Rapprochée de</translation>
    </message>
</context>
<context>
    <name>casedesk::BankRepository</name>
    <message>
        <location filename="../models/donations/ledger/BankRepository.cpp" line="+92"/>
        <source>IBAN: %1</source>
        <translation>IBAN&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>IBAN: the account &quot;%1&quot; already has this IBAN.</source>
        <translation>IBAN&#xa0;: le compte «&#xa0;%1&#xa0;» a déjà cet IBAN.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Currency: use a three-letter code such as EUR.</source>
        <translation>Devise&#xa0;: utilisez un code à trois lettres, comme EUR.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The account %1 was changed or deleted elsewhere since it was opened; it has been reloaded.</source>
        <translation>Le compte %1 a été modifié ou supprimé ailleurs depuis son ouverture&#xa0;; il a été rechargé.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No bank account has the identifier %1.</source>
        <translation>Aucun compte bancaire n&apos;a l&apos;identifiant %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>The account %1 has %n imported statement(s); it cannot be deleted.</source>
        <translation>
            <numerusform>Le compte %1 a %n relevé importé&#xa0;; il ne peut pas être supprimé.</numerusform>
            <numerusform>Le compte %1 a %n relevés importés&#xa0;; il ne peut pas être supprimé.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::BoardMember</name>
    <message>
        <location filename="../models/board/BoardMember.cpp" line="+33"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>president</source>
        <translation>président</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>treasurer</source>
        <translation>trésorier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>secretary</source>
        <translation>secrétaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>administrator</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>other</source>
        <translation>autre</translation>
    </message>
</context>
<context>
    <name>casedesk::BoardMemberDialog</name>
    <message>
        <location filename="../ui/association/BoardMemberDialog.cpp" line="+22"/>
        <source>New board member</source>
        <translation>Nouveau membre du conseil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. vice-présidente, membre d&apos;honneur</source>
        <translation>p. ex. vice-présidente, membre d&apos;honneur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name@example.org</source>
        <translation>nom@example.org</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>still in office</source>
        <translation>toujours en fonction</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>&amp;Fonction&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role &amp;wording:</source>
        <translation>&amp;Intitulé de la fonction&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In office &amp;from:</source>
        <translation>En fonction &amp;depuis le&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Until:</source>
        <translation>&amp;Jusqu&apos;au&#xa0;:</translation>
    </message>
</context>
<context>
    <name>casedesk::BoardPane</name>
    <message>
        <location filename="../ui/association/BoardPane.cpp" line="+51"/>
        <source>The board (conseil d&apos;administration) reviews each dossier and votes on it before money is raised. Its rules are those of the statutes.</source>
        <translation>Le conseil d&apos;administration examine chaque dossier et vote avant toute collecte. Ses règles sont celles des statuts.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>Depuis le</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Until</source>
        <translation>Jusqu&apos;au</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signing key</source>
        <translation>Clé de signature</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add member…</source>
        <translation>&amp;Ajouter un membre…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Retire…</source>
        <translation>Fin de man&amp;dat…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What this desk does in a review is done in this member&apos;s name.</source>
        <translation>Ce que ce bureau fait dans un examen est fait au nom de ce membre.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This desk &amp;belongs to:</source>
        <translation>Ce bureau &amp;appartient à&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The statutes&apos; rules</source>
        <translation>Les règles des statuts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A &amp;fraction of the members in office:</source>
        <translation>Une &amp;fraction des membres en fonction&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A &amp;number of members:</source>
        <translation>Un &amp;nombre de membres&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Simple majority of the votes cast</source>
        <translation>Majorité simple des suffrages exprimés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Absolute majority of the members</source>
        <translation>Majorité absolue des membres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two thirds of the votes cast</source>
        <translation>Deux tiers des suffrages exprimés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unanimity</source>
        <translation>Unanimité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abstentions count as votes cast</source>
        <translation>Les abstentions comptent comme suffrages exprimés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The president&apos;s vote decides a tie</source>
        <translation>La voix du président est prépondérante en cas de partage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Appl&amp;y the rules</source>
        <translation>Appli&amp;quer les règles</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Quorum:</source>
        <translation>Quorum&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Majority:</source>
        <translation>Ma&amp;jorité&#xa0;:</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Staff, no member</source>
        <translation>L&apos;équipe, aucun membre</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>The rules are saved; a review round opened from now on follows them.</source>
        <translation>Les règles sont enregistrées&#xa0;; tout examen ouvert désormais les suit.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Retire %1</source>
        <translation>Fin du mandat de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mandate of %1 ends on this day. The member stays in the board&apos;s history and in the rounds they took part in.</source>
        <translation>Le mandat de %1 prend fin ce jour-là. Le membre reste dans l&apos;historique du conseil et dans les examens auxquels il a pris part.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Retire</source>
        <translation>Mettre fin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last day in &amp;office:</source>
        <translation>Dernier jour en &amp;fonction&#xa0;:</translation>
    </message>
</context>
<context>
    <name>casedesk::BoardRules</name>
    <message>
        <location filename="../models/board/BoardRules.cpp" line="-161"/>
        <source>half</source>
        <translation>la moitié</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a third</source>
        <translation>un tiers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>two thirds</source>
        <translation>les deux tiers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a quarter</source>
        <translation>un quart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>three quarters</source>
        <translation>les trois quarts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all</source>
        <translation>la totalité</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n membre</numerusform>
            <numerusform>%n membres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Quorum: at least %n member(s) in office take part.</source>
        <translation>
            <numerusform>Quorum&#xa0;: au moins %n membre en fonction prend part au vote.</numerusform>
            <numerusform>Quorum&#xa0;: au moins %n membres en fonction prennent part au vote.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quorum: %1 of the members in office (%2 of %3).</source>
        <translation>Quorum&#xa0;: %1 des membres en fonction (%2 sur %3).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Majority: more approvals than half of the votes cast (simple majority).</source>
        <translation>Majorité&#xa0;: plus de voix pour que la moitié des suffrages exprimés (majorité simple).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Majority: more approvals than half of the members in office who are not recused (absolute majority).</source>
        <translation>Majorité&#xa0;: plus de voix pour que la moitié des membres en fonction non récusés (majorité absolue).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Majority: at least two thirds of the votes cast approve.</source>
        <translation>Majorité&#xa0;: au moins les deux tiers des suffrages exprimés sont pour.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Majority: every vote cast approves (unanimity).</source>
        <translation>Majorité&#xa0;: tous les suffrages exprimés sont pour (unanimité).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Abstentions count as votes cast: an abstention weighs like a rejection.</source>
        <translation>Les abstentions comptent comme suffrages exprimés&#xa0;: une abstention pèse comme une voix contre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abstentions do not count as votes cast: only approvals and rejections are weighed.</source>
        <translation>Les abstentions ne comptent pas comme suffrages exprimés&#xa0;: seules les voix pour et contre sont comptées.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>In an equal split, the president&apos;s vote decides (if the president voted for or against).</source>
        <translation>En cas de partage égal des voix, celle du président est prépondérante (s&apos;il a voté pour ou contre).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In an equal split, the dossier is rejected: the president has no casting vote.</source>
        <translation>En cas de partage égal des voix, le dossier est rejeté&#xa0;: le président n&apos;a pas de voix prépondérante.</translation>
    </message>
</context>
<context>
    <name>casedesk::BordereauDialog</name>
    <message>
        <location filename="../ui/evidence/BordereauDialog.cpp" line="+24"/>
        <source>Bordereau de communication de pièces</source>
        <translation>Bordereau de communication de pièces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Tribunal administratif de Toulouse</source>
        <translation>Ex.&#xa0;: Tribunal administratif de Toulouse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 2401234</source>
        <translation>Ex.&#xa0;: 2401234</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Association Zone humide c/ Préfet du Tarn</source>
        <translation>Ex.&#xa0;: Association Zone humide c/ Préfet du Tarn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Me Claire Martin, avocate au barreau de Toulouse</source>
        <translation>Ex.&#xa0;: Me Claire Martin, avocate au barreau de Toulouse</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n piece(s) will be listed. The document is in French, the language of the court.</source>
        <translation>
            <numerusform>%n pièce figurera au bordereau. Le document est rédigé en français, la langue de la juridiction.</numerusform>
            <numerusform>%n pièces figureront au bordereau. Le document est rédigé en français, la langue de la juridiction.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Court</source>
        <translation>&amp;Juridiction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case &amp;number</source>
        <translation>&amp;Numéro d&apos;affaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Parties</source>
        <translation>&amp;Parties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lawyer</source>
        <translation>&amp;Avocat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write PDF…</source>
        <translation>Créer le PDF…</translation>
    </message>
</context>
<context>
    <name>casedesk::BudgetLinesEditor</name>
    <message>
        <location filename="../ui/campaigns/BudgetLinesEditor.cpp" line="+28"/>
        <source>Add line</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove line</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount (€)</source>
        <translation>Montant (€)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add a budget line</source>
        <translation>Ajouter une ligne budgétaire</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Budget line %1: %2</source>
        <translation>Ligne budgétaire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Total: %1</source>
        <translation>Total&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>casedesk::CampaignBudgetForm</name>
    <message>
        <location filename="../ui/campaigns/CampaignBudgetForm.cpp" line="+27"/>
        <source>Funding goal</source>
        <translation>Objectif de collecte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Funding &amp;goal (€)</source>
        <translation>&amp;Objectif de collecte (€)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;End date</source>
        <translation>Date de fi&amp;n</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Budget lines</source>
        <translation>Lignes budgétaires</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>End date: %1</source>
        <translation>Date de fin&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>casedesk::CampaignCaseForm</name>
    <message>
        <location filename="../ui/campaigns/CampaignCaseForm.cpp" line="+36"/>
        <source>Before the board</source>
        <translation>Pour le conseil d&apos;administration</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A short, clear title for donors</source>
        <translation>Un titre court et clair pour les donateurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One or two sentences that say what the action is about</source>
        <translation>Une ou deux phrases qui expliquent l&apos;objet de l&apos;action</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What harm does the action fight? (wetland destroyed, health risk…)</source>
        <translation>Quelle atteinte l&apos;action combat-elle&#xa0;? (zone humide détruite, risque sanitaire…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Articles, principles and the kind of action (recours pour excès de pouvoir, référé-suspension…)</source>
        <translation>Articles, principes et nature de l&apos;action (recours pour excès de pouvoir, référé-suspension…)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Tribunal administratif de Toulouse</source>
        <translation>Ex.&#xa0;: Tribunal administratif de Toulouse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Préfet du Tarn</source>
        <translation>Ex.&#xa0;: Préfet du Tarn</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Summary</source>
        <translation>&amp;Résumé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ca&amp;use</source>
        <translation>&amp;Cause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Harm fought</source>
        <translation>Atteinte co&amp;mbattue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Legal basis</source>
        <translation>&amp;Fondement juridique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ourt</source>
        <translation>&amp;Juridiction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;pposing party</source>
        <translation>Partie ad&amp;verse</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The board approves an action on what it reads here. These fields stay on this desk and the association&apos;s: they are never published with the campaign.</source>
        <translation>Le conseil d&apos;administration approuve une action sur la foi de ce qu&apos;il lit ici. Ces champs restent sur les bureaux de l&apos;association&#xa0;: ils ne sont jamais publiés avec la campagne.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. Me Claire Dupuis, barreau de Toulouse</source>
        <translation>Ex.&#xa0;: Me Claire Dupuis, barreau de Toulouse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The board asks who will plead: it approves an action, and the lawyer who will carry it.</source>
        <translation>Le conseil demande qui plaidera&#xa0;: il approuve une action et l&apos;avocat qui la portera.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The lawyer&apos;s view of the chances of success, and on what they rest</source>
        <translation>L&apos;avis de l&apos;avocat sur les chances de succès, et ce sur quoi il repose</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The board asks for the lawyer&apos;s own assessment of the prospects: members decide whether the association&apos;s money and name are well spent on this case.</source>
        <translation>Le conseil demande l&apos;analyse de l&apos;avocat lui-même sur les chances de succès&#xa0;: ses membres décident si l&apos;argent et le nom de l&apos;association sont bien engagés dans cette affaire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What may go wrong: inadmissibility, a long procedure, costs, reputation…</source>
        <translation>Ce qui peut mal tourner&#xa0;: irrecevabilité, procédure longue, frais, réputation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The board asks for the risks, adverse costs included: a lost case can cost the association more than the lawyer&apos;s fees.</source>
        <translation>Le conseil demande les risques, frais de l&apos;adversaire compris&#xa0;: une affaire perdue peut coûter à l&apos;association plus que les honoraires de l&apos;avocat.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adverse costs</source>
        <translation>Frais de l&apos;adversaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the court may order the association to pay the other side if it loses (article 700 CPC, L. 761-1 CJA): the board weighs it against the reserves.</source>
        <translation>Ce que le juge peut condamner l&apos;association à payer à l&apos;adversaire si elle perd (article 700 du CPC, L. 761-1 du CJA)&#xa0;: le conseil le met en regard des réserves.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why this association, and not another or the people affected</source>
        <translation>Pourquoi cette association, et non une autre ou les personnes touchées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The board asks why the association is the one to act: its purpose, its standing to sue (agrément, statutes) and what it adds to the case.</source>
        <translation>Le conseil demande pourquoi c&apos;est à l&apos;association d&apos;agir&#xa0;: son objet, son intérêt à agir (agrément, statuts) et ce qu&apos;elle apporte à l&apos;affaire.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Law&amp;yer in charge</source>
        <translation>Av&amp;ocat chargé de l&apos;affaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lawyer&apos;s &amp;assessment</source>
        <translation>Ana&amp;lyse de l&apos;avocat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Risks</source>
        <translation>R&amp;isques</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ad&amp;verse costs (€)</source>
        <translation>Frais de l&apos;adv&amp;ersaire (€)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why the assoc&amp;iation</source>
        <translation>Pourquoi l&apos;a&amp;ssociation</translation>
    </message>
</context>
<context>
    <name>casedesk::CampaignEditor</name>
    <message>
        <location filename="../ui/campaigns/CampaignEditor.cpp" line="+94"/>
        <source>&amp;Case</source>
        <translation>&amp;Affaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Budget and fees</source>
        <translation>&amp;Budget et frais</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Press</source>
        <translation>&amp;Presse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Explain to donors how their money will be spent, and what happens to any surplus.</source>
        <translation>Expliquez aux donateurs comment leur argent sera dépensé et ce que deviendra un éventuel excédent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Use of funds</source>
        <translation>&amp;Emploi des fonds</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ne&amp;ws</source>
        <translation>A&amp;ctualités</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <location line="+73"/>
        <location line="+226"/>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <location line="-217"/>
        <source>Editing…</source>
        <translation>Modification en cours…</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Not saved: the campaign changed elsewhere</source>
        <translation>Non enregistré&#xa0;: la campagne a été modifiée ailleurs</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Could not save: %1</source>
        <translation>Enregistrement impossible&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Saved at %1</source>
        <translation>Enregistré à %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Edits not saved were undone</source>
        <translation>Les saisies non enregistrées ont été annulées</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>summary</source>
        <translation>résumé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cause</source>
        <translation>cause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>harm fought</source>
        <translation>atteinte combattue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>legal basis</source>
        <translation>fondement juridique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>court</source>
        <translation>juridiction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opposing party</source>
        <translation>partie adverse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>description</source>
        <translation>description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>funding goal</source>
        <translation>objectif de collecte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end date</source>
        <translation>date de fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>budget lines</source>
        <translation>lignes budgétaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>press articles</source>
        <translation>articles de presse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use of funds</source>
        <translation>emploi des fonds</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No campaign selected</source>
        <translation>Aucune campagne sélectionnée</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This campaign is &quot;%1&quot;: what the board reviewed stays as it was. Return it to draft to edit it.</source>
        <translation>Cette campagne a le statut «&#xa0;%1&#xa0;»&#xa0;: le contenu relu par le conseil d&apos;administration reste en l&apos;état. Repassez-la en brouillon pour la modifier.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Withdraw campaign</source>
        <translation>Retirer la campagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw &quot;%1&quot;? A withdrawn campaign cannot be reopened.</source>
        <translation>Retirer «&#xa0;%1&#xa0;»&#xa0;? Une campagne retirée ne peut pas être rouverte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not change the status: %1</source>
        <translation>Impossible de changer le statut&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;b&gt;Cannot %1 yet:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Action «&#xa0;%1&#xa0;» impossible pour l&apos;instant&#xa0;:&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Status changed to &quot;%1&quot;</source>
        <translation>Nouveau statut&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Everything the review needs is filled in: you can submit the campaign for review.</source>
        <translation>Tout ce qu&apos;exige la relecture est renseigné&#xa0;: vous pouvez soumettre la campagne à la relecture.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete campaign</source>
        <translation>Supprimer la campagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete &quot;%1&quot;? It disappears from this desk and, at the next sync, from your colleagues&apos; desks.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»&#xa0;? Elle disparaîtra de ce bureau et, à la prochaine synchronisation, des bureaux de vos collègues.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>casedesk::CampaignListModel</name>
    <message>
        <location filename="../models/itemmodels/CampaignListModel.cpp" line="+43"/>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Court</source>
        <translation>Juridiction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
</context>
<context>
    <name>casedesk::CampaignReportView</name>
    <message>
        <location filename="../ui/donations/CampaignReportView.cpp" line="+68"/>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+325"/>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location line="-288"/>
        <source>Where the money went</source>
        <translation>Où est allé l&apos;argent</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Gross raised</source>
        <translation>Brut collecté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refunded (not in gross)</source>
        <translation>Remboursé (non compris dans le brut)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platform commission</source>
        <translation>Commission de la plateforme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment fees</source>
        <translation>Frais de paiement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flat campaign fee</source>
        <translation>Frais forfaitaires de campagne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Net received in the bank</source>
        <translation>Net reçu en banque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still expected from platforms</source>
        <translation>Encore attendu des plateformes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Available for the legal action</source>
        <translation>Disponible pour l&apos;action en justice</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>No campaign yet: create one to see its donations.</source>
        <translation>Aucune campagne pour l&apos;instant&#xa0;: créez-en une pour voir ses dons.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>− %1</source>
        <translation>−&#xa0;%1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n paid donation(s)</source>
        <translation>
            <numerusform>%n don payé</numerusform>
            <numerusform>%n dons payés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n refunded donation(s)</source>
        <translation>
            <numerusform>%n don remboursé</numerusform>
            <numerusform>%n dons remboursés</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Of the %1 given, %2 (%3 %) is available for the legal action.</source>
        <translation>Sur les %1 donnés, %2 (%3&#x202f;%) sont disponibles pour l&apos;action en justice.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of pending donations is not counted yet.</source>
        <translation>Les dons en attente (%1) ne sont pas encore comptés.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: %2 (%3 %)</source>
        <translation>%1&#xa0;: %2 (%3&#x202f;%)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Raised</source>
        <translation>Collecté</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Where each euro of the %1 raised goes</source>
        <translation>Où va chaque euro des %1 collectés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No paid donation yet</source>
        <translation>Aucun don payé pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Paid donations (euros)</source>
        <translation>Dons payés (euros)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Euros (€)</source>
        <translation>Euros (€)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Donations per month, in euros</source>
        <translation>Dons par mois, en euros</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 - fee report.csv</source>
        <translation>%1 - bilan des frais.csv</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+10"/>
        <location line="+17"/>
        <source>Export the fee report</source>
        <translation>Exporter le bilan des frais</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report written to %1.</source>
        <translation>Bilan enregistré dans %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+17"/>
        <source>%1 cannot be written: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Figure</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paid donations</source>
        <translation>Dons payés</translation>
    </message>
</context>
<context>
    <name>casedesk::CampaignRepository</name>
    <message>
        <location filename="../models/campaigns/CampaignRepository.cpp" line="+177"/>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The campaign &quot;%1&quot; no longer exists; it was deleted elsewhere.</source>
        <translation>La campagne «&#xa0;%1&#xa0;» n&apos;existe plus&#xa0;; elle a été supprimée ailleurs.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The campaign &quot;%1&quot; was changed elsewhere since it was opened; it has been reloaded.</source>
        <translation>La campagne «&#xa0;%1&#xa0;» a été modifiée ailleurs depuis son ouverture&#xa0;; elle a été rechargée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The campaign &quot;%1&quot; is &quot;%2&quot;: return it to draft before editing it.</source>
        <translation>La campagne «&#xa0;%1&#xa0;» a le statut «&#xa0;%2&#xa0;»&#xa0;: repassez-la en brouillon avant de la modifier.</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+41"/>
        <location line="+32"/>
        <source>No campaign has the identifier %1.</source>
        <translation>Aucune campagne n&apos;a l&apos;identifiant %1.</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Round %1 was opened on another desk: only that desk holds the whole dossier the board read and can check that it has not changed since. Approve the campaign there.</source>
        <translation>Le tour %1 a été ouvert sur un autre bureau&#xa0;: seul ce bureau détient tout le dossier lu par le conseil et peut vérifier qu&apos;il n&apos;a pas changé depuis. Approuvez la campagne depuis ce bureau.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The board has not approved this version of the dossier (fingerprint %1).</source>
        <translation>Le conseil n&apos;a pas approuvé cette version du dossier (empreinte %1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back to draft</source>
        <translation>Repasser en brouillon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaign withdrawn</source>
        <translation>Campagne retirée</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The campaign &quot;%1&quot; is &quot;%2&quot;: only drafts and withdrawn campaigns can be deleted; withdraw it first.</source>
        <translation>La campagne «&#xa0;%1&#xa0;» a le statut «&#xa0;%2&#xa0;»&#xa0;: seules les campagnes en brouillon ou retirées peuvent être supprimées&#xa0;; retirez-la d&apos;abord.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Campaign identifier &quot;%1&quot; is too short; give at least 4 characters of its UUID.</source>
        <translation>L&apos;identifiant de campagne «&#xa0;%1&#xa0;» est trop court&#xa0;; indiquez au moins 4 caractères de son UUID.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No campaign has the identifier &quot;%1&quot;.</source>
        <translation>Aucune campagne n&apos;a l&apos;identifiant «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign identifier &quot;%1&quot; matches several campaigns; give more characters.</source>
        <translation>L&apos;identifiant de campagne «&#xa0;%1&#xa0;» correspond à plusieurs campagnes&#xa0;; indiquez davantage de caractères.</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Received from the platform</source>
        <translation>Reçue de la plateforme</translation>
    </message>
</context>
<context>
    <name>casedesk::CampaignsPage</name>
    <message>
        <location filename="../ui/campaigns/CampaignsPage.cpp" line="+53"/>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Search title, court, opposing party… (Ctrl+F)</source>
        <translation>Rechercher par titre, juridiction, partie adverse… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search campaigns</source>
        <translation>Rechercher des campagnes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All causes</source>
        <translation>Toutes les causes</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+86"/>
        <source>New campaign</source>
        <translation>Nouvelle campagne</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Start a new campaign draft (Ctrl+N)</source>
        <translation>Créer un nouveau brouillon de campagne (Ctrl+N)</translation>
    </message>
    <message numerus="yes">
        <location line="+68"/>
        <source>%n campaign(s) shown</source>
        <translation>
            <numerusform>%n campagne affichée</numerusform>
            <numerusform>%n campagnes affichées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n in all</source>
        <translation>
            <numerusform>%n au total</numerusform>
            <numerusform>%n au total</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not create the campaign: %1</source>
        <translation>Impossible de créer la campagne&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>casedesk::ClosePeriodDialog</name>
    <message>
        <location filename="../ui/donations/ClosePeriodDialog.cpp" line="+32"/>
        <source>Close a reconciliation period</source>
        <translation>Clôturer une période de rapprochement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A closed period is locked: its lines and matches cannot change until it is reopened, with a reason.</source>
        <translation>Une période clôturée est verrouillée&#xa0;: ses lignes et ses rapprochements ne peuvent plus être modifiés tant qu&apos;elle n&apos;a pas été rouverte, avec un motif.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close period</source>
        <translation>Clôturer la période</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
</context>
<context>
    <name>casedesk::CommentsPane</name>
    <message>
        <location filename="../ui/review/CommentsPane.cpp" line="+34"/>
        <source>Comment</source>
        <translation>Commenter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+96"/>
        <source>Resolve</source>
        <translation>Résoudre</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Comments on this section</source>
        <translation>Commentaires sur cette section</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+97"/>
        <source>A comment on this section, or a reply to the selected comment</source>
        <translation>Un commentaire sur cette section, ou une réponse au commentaire choisi</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Adds the text as a new comment on this section.</source>
        <translation>Ajoute le texte comme nouveau commentaire sur cette section.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adds the text as a reply to the selected comment.</source>
        <translation>Ajoute le texte comme réponse au commentaire choisi.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&lt;b&gt;Comments&lt;/b&gt; on %1</source>
        <translation>&lt;b&gt;Commentaires&lt;/b&gt; sur %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1, %2:
%3</source>
        <translation>%1, %2&#xa0;:
%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✓ Resolved by %1</source>
        <translation>✓ Résolu par %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No comment on this section.</source>
        <translation>Aucun commentaire sur cette section.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comments open once the dossier is submitted to the board.</source>
        <translation>Les commentaires s&apos;ouvrent quand le dossier est soumis au conseil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This round is closed: its comments are kept as they were.</source>
        <translation>Ce tour est clos&#xa0;: ses commentaires sont conservés tels quels.</translation>
    </message>
</context>
<context>
    <name>casedesk::ConflictsView</name>
    <message>
        <location filename="../ui/sync/ConflictsView.cpp" line="+36"/>
        <source>Keep &amp;mine</source>
        <translation>Garder &amp;ma version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep &amp;theirs</source>
        <translation>Garder &amp;leur version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Apply my choices</source>
        <translation>&amp;Appliquer mes choix</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open conflicts</source>
        <translation>Conflits non résolus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mine (this desk)</source>
        <translation>Ma version (ce bureau)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Theirs (platform)</source>
        <translation>Leur version (plateforme)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every field as on this desk; it is sent at the next sync.</source>
        <translation>Tous les champs tels qu&apos;ils sont sur ce bureau&#xa0;; le résultat est envoyé à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every field as on the platform; nothing is sent.</source>
        <translation>Tous les champs tels qu&apos;ils sont sur la plateforme&#xa0;; rien n&apos;est envoyé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each differing field from the side chosen on its row.</source>
        <translation>Chaque champ divergent selon la version choisie sur sa ligne.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Found %1</source>
        <translation>Détecté le %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Mine</source>
        <translation>Ma version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theirs</source>
        <translation>Leur version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep for %1</source>
        <translation>Version à garder pour %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Conflict resolved; the result is sent at the next sync.</source>
        <translation>Conflit résolu&#xa0;; le résultat sera envoyé à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict resolved; the desk now holds the platform&apos;s version.</source>
        <translation>Conflit résolu&#xa0;; le bureau contient désormais la version de la plateforme.</translation>
    </message>
</context>
<context>
    <name>casedesk::CsvMappingDialog</name>
    <message>
        <location filename="../ui/donations/CsvMappingDialog.cpp" line="+53"/>
        <source>The first row names the columns</source>
        <translation>La première ligne contient les noms des colonnes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Booking date column</source>
        <translation>Colonne de la date d&apos;opération</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value date column</source>
        <translation>Colonne de la date de valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label column</source>
        <translation>Colonne du libellé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second label column</source>
        <translation>Colonne du second libellé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount column</source>
        <translation>Colonne du montant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debit column</source>
        <translation>Colonne du débit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit column</source>
        <translation>Colonne du crédit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference column</source>
        <translation>Colonne de la référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counterparty column</source>
        <translation>Colonne de la contrepartie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Columns of the CSV statement</source>
        <translation>Colonnes du relevé CSV</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Semicolon ;</source>
        <translation>Point-virgule&#xa0;;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma ,</source>
        <translation>Virgule ,</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows-1252 (Western Europe)</source>
        <translation>Windows-1252 (Europe occidentale)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comma: 1 234,56</source>
        <translation>Virgule&#xa0;: 1 234,56</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point: 1,234.56</source>
        <translation>Point&#xa0;: 1,234.56</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Crédit Coopératif (optional)</source>
        <translation>Ex.&#xa0;: Crédit Coopératif (facultatif)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First rows of the file</source>
        <translation>Premières lignes du fichier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Separator</source>
        <translation>&amp;Séparateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Encoding</source>
        <translation>&amp;Encodage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines to &amp;skip before the header</source>
        <translation>Lignes à &amp;ignorer avant l&apos;en-tête</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Decimals</source>
        <translation>&amp;Décimales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date &amp;format</source>
        <translation>&amp;Format de date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Booking date</source>
        <translation>Date de &amp;comptabilisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Value date</source>
        <translation>Date de &amp;valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Label</source>
        <translation>&amp;Libellé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label (continued)</source>
        <translation>Libellé (suite)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount (signed)</source>
        <translation>&amp;Montant (signé)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>or Debi&amp;t</source>
        <translation>ou Dé&amp;bit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>and C&amp;redit</source>
        <translation>et C&amp;rédit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;ference</source>
        <translation>Référe&amp;nce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ounterparty</source>
        <translation>C&amp;ontrepartie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save these columns as</source>
        <translation>Enregistrer ces colonnes sous</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+74"/>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>casedesk::CsvMappingStore</name>
    <message>
        <location filename="../models/donations/statements/CsvMappingStore.cpp" line="+33"/>
        <source>Give the column mapping a name (the bank&apos;s, say).</source>
        <translation>Donnez un nom à cette correspondance des colonnes (celui de la banque, par exemple).</translation>
    </message>
</context>
<context>
    <name>casedesk::DateEdit</name>
    <message>
        <location filename="../ui/common/DateEdit.cpp" line="+44"/>
        <source>Pick the date in a calendar</source>
        <translation>Choisir la date dans un calendrier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+30"/>
        <source>Give a date, as %1.</source>
        <translation>Indiquez une date, sous la forme %1.</translation>
    </message>
</context>
<context>
    <name>casedesk::DeadlineListModel</name>
    <message>
        <location filename="../models/itemmodels/DeadlineListModel.cpp" line="+50"/>
        <source>1 day overdue</source>
        <translation>1 jour de retard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 days overdue</source>
        <translation>%1 jours de retard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>today</source>
        <translation>aujourd&apos;hui</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tomorrow</source>
        <translation>demain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in %1 days</source>
        <translation>dans %1 jours</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 — due %2 (%3)</source>
        <translation>%1 — échéance le %2 (%3)</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Due</source>
        <translation>Date limite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days left</source>
        <translation>Jours restants</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deadline</source>
        <translation>Délai</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Procedure</source>
        <translation>Procédure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
</context>
<context>
    <name>casedesk::DeadlinesPage</name>
    <message>
        <location filename="../ui/procedures/DeadlinesPage.cpp" line="+33"/>
        <source>&amp;Open procedure</source>
        <translation>&amp;Ouvrir la procédure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;met</source>
        <translation>Marquer comme &amp;respectée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show deadlines due within</source>
        <translation>Afficher les échéances à venir sous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue, and due &amp;within:</source>
        <translation>Échéances dépassées et à venir &amp;sous&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport to calendar…</source>
        <translation>E&amp;xporter vers un calendrier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the milestones and deadlines of every campaign to an iCalendar (.ics) file, with reminders, for the lawyer&apos;s and the board&apos;s calendars.</source>
        <translation>Écrire les étapes et les échéances de toutes les campagnes dans un fichier iCalendar (.ics), avec des rappels, pour les agendas de l&apos;avocat et du conseil d&apos;administration.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Deadlines</source>
        <translation>Échéances</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Nothing due within %1 days.</source>
        <translation>Aucune échéance dans les %1 prochains jours.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 due within %2 days.</source>
        <translation>Échéances dans les %2 prochains jours&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 overdue.</source>
        <translation>1 échéance dépassée.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 overdue.</source>
        <translation>%1 échéances dépassées.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Marked as met: %1</source>
        <translation>Marquée comme respectée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Exported %1 event(s) to %2</source>
        <translation>Événements exportés vers %2&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export to calendar</source>
        <translation>Exporter vers un calendrier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>iCalendar files (*.ics)</source>
        <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
</context>
<context>
    <name>casedesk::DecisionPanel</name>
    <message>
        <location filename="../ui/review/DecisionPanel.cpp" line="+29"/>
        <source>Record the decision…</source>
        <translation>Enregistrer la décision…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+166"/>
        <source>Approve the campaign</source>
        <translation>Approuver la campagne</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Form</source>
        <translation>Forme</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Members and their votes</source>
        <translation>Membres et leurs votes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Closes the round with the decision its votes make under the statutes; a rejection sends the campaign back to draft with the reasons.</source>
        <translation>Clôt le tour sur la décision que ses votes emportent selon les statuts&#xa0;; un rejet renvoie la campagne en brouillon avec les motifs.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Moves the campaign to Approved: only after the board approved the dossier as it is now.</source>
        <translation>Passe la campagne en «&#xa0;Approuvée&#xa0;»&#xa0;: seulement après l&apos;approbation par le conseil du dossier tel qu&apos;il est maintenant.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+116"/>
        <source>Record the decision</source>
        <translation>Enregistrer la décision</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Record the board&apos;s decision on round %1 now? Votes can no longer change once it is recorded.</source>
        <translation>Enregistrer maintenant la décision du conseil sur le tour %1&#xa0;? Les votes ne pourront plus changer ensuite.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>not voted</source>
        <translation>n&apos;a pas voté</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>recused: %1</source>
        <translation>déporté&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>recorded by %1 from %2 (%3)</source>
        <translation>enregistré par %1 d&apos;après %2 (%3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the secretary</source>
        <translation>le secrétaire</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&lt;b&gt;If the decision were recorded now:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Si la décision était enregistrée maintenant&#xa0;:&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Never decided&lt;/b&gt; (superseded). The votes as they stood:</source>
        <translation>&lt;b&gt;Jamais décidé&lt;/b&gt; (caduc). Les votes tels qu&apos;ils étaient&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Decision recorded&lt;/b&gt; on %1 by %2:</source>
        <translation>&lt;b&gt;Décision enregistrée&lt;/b&gt; le %1 par %2&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reasons given: %1</source>
        <translation>Motifs donnés&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>casedesk::DeskSession</name>
    <message>
        <location filename="../app/gui/DeskSession.cpp" line="+65"/>
        <source>This desk is already open.</source>
        <translation>Ce bureau est déjà ouvert.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The desk %1 stays open: its last changes are not saved.</source>
        <translation>Le bureau %1 reste ouvert&#xa0;: ses dernières modifications ne sont pas enregistrées.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Open another desk</source>
        <translation>Ouvrir un autre bureau</translation>
    </message>
</context>
<context>
    <name>casedesk::DonationDialog</name>
    <message>
        <location filename="../ui/donations/DonationDialog.cpp" line="+50"/>
        <source>New donation</source>
        <translation>Nouveau don</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Donation</source>
        <translation>Don</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>or type a new donor&apos;s name</source>
        <translation>ou saisissez le nom d&apos;un nouveau donateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>0 when none</source>
        <translation>0 s&apos;il n&apos;y en a pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The value of a reward the donor received for this gift (a book, a poster); the tax receipt deducts it.</source>
        <translation>La valeur d&apos;une contrepartie reçue par le donateur pour ce don (un livre, une affiche)&#xa0;; le reçu fiscal la déduit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ulule, helloasso…</source>
        <translation>ulule, helloasso…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Campaign</source>
        <translation>&amp;Campagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gifts go to campaigns that collect: published or funded.</source>
        <translation>Les dons vont aux campagnes qui collectent&#xa0;: publiées ou financées.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>D&amp;onor</source>
        <translation>D&amp;onateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Amount</source>
        <translation>&amp;Montant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counterpart &amp;value</source>
        <translation>&amp;Valeur de la contrepartie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Method</source>
        <translation>Mo&amp;yen de paiement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Platform</source>
        <translation>&amp;Plateforme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platform &amp;order</source>
        <translation>N° de commande sur la plate&amp;forme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>(no campaign collects gifts yet)</source>
        <translation>(aucune campagne ne collecte encore de dons)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(choose a campaign)</source>
        <translation>(choisissez une campagne)</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>The donation is not saved: fix what is said under the fields.</source>
        <translation>Le don n&apos;est pas enregistré&#xa0;: corrigez ce qui est indiqué sous les champs.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Large gift</source>
        <translation>Don important</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record it</source>
        <translation>L&apos;enregistrer</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>(untitled campaign)</source>
        <translation>(campagne sans titre)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(anonymous)</source>
        <translation>(anonyme)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
</context>
<context>
    <name>casedesk::DonationListModel</name>
    <message>
        <location filename="../models/itemmodels/DonationListModel.cpp" line="+65"/>
        <source>(anonymous)</source>
        <translation>(anonyme)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Donor</source>
        <translation>Donateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Moyen de paiement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Platform order</source>
        <translation>Commande sur la plateforme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reconciled</source>
        <translation>Rapproché</translation>
    </message>
</context>
<context>
    <name>casedesk::DonationRepository</name>
    <message>
        <location filename="../models/donations/ledger/DonationWords.h" line="+21"/>
        <source>the donation of %1 of %2</source>
        <translation>le don de %1 du %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the donation of %1 of %2 by %3</source>
        <translation>le don de %1 fait le %2 par %3</translation>
    </message>
    <message>
        <location filename="../models/donations/ledger/DonationRepository.cpp" line="+42"/>
        <source>Campaign: choose the campaign the gift is for.</source>
        <translation>Campagne&#xa0;: choisissez la campagne à laquelle le don est destiné.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Campaign: no campaign has the identifier %1.</source>
        <translation>Campagne&#xa0;: aucune campagne n&apos;a l&apos;identifiant %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Donor: no donor has the identifier %1.</source>
        <translation>Donateur&#xa0;: aucun donateur n&apos;a l&apos;identifiant %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Counterpart: its value, %1, cannot be more than the gift&apos;s amount, %2.</source>
        <translation>Contrepartie&#xa0;: sa valeur, %1, ne peut pas dépasser le montant du don, %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date: give the date of the gift.</source>
        <translation>Date&#xa0;: indiquez la date du don.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date: the gift cannot be dated in the future.</source>
        <translation>Date&#xa0;: le don ne peut pas être daté dans le futur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Currency: use a three-letter code such as EUR.</source>
        <translation>Devise&#xa0;: utilisez un code à trois lettres, comme EUR.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Platform: a platform gift names its platform (ulule, helloasso...).</source>
        <translation>Plateforme&#xa0;: un don reçu via une plateforme doit indiquer laquelle (ulule, helloasso...).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order: a platform gift needs the platform&apos;s order number.</source>
        <translation>Commande&#xa0;: un don reçu via une plateforme doit indiquer le numéro de commande de la plateforme.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Order: the order %1 is already in the ledger (gift of %2).</source>
        <translation>Commande&#xa0;: la commande %1 figure déjà dans le registre des dons (don du %2).</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>%1 no longer exists; it was deleted elsewhere.</source>
        <translation>%1 n&apos;existe plus&#xa0;; il a été supprimé ailleurs.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was changed elsewhere since it was opened; it has been reloaded.</source>
        <translation>%1 a été modifié ailleurs depuis son ouverture&#xa0;; il a été rechargé.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No donation has the identifier %1.</source>
        <translation>Aucun don n&apos;a l&apos;identifiant %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>its amount is not a positive number of cents</source>
        <translation>son montant n&apos;est pas un nombre positif de centimes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it has no date (YYYY-MM-DD)</source>
        <translation>il n&apos;a pas de date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its method &quot;%1&quot; is not known to this desk</source>
        <translation>son mode de paiement «&#xa0;%1&#xa0;» est inconnu de ce bureau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its status &quot;%1&quot; is not pending, paid, refunded or cancelled</source>
        <translation>son statut «&#xa0;%1&#xa0;» n&apos;est ni pending, ni paid, ni refunded, ni cancelled</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its counterpart&apos;s value is negative or more than its amount</source>
        <translation>la valeur de sa contrepartie est négative ou dépasse son montant</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>its campaign %1 is not on this desk</source>
        <translation>sa campagne %1 n&apos;est pas sur ce bureau</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its donor %1 is not on this desk</source>
        <translation>son donateur %1 n&apos;est pas sur ce bureau</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>this desk already holds another donation imported as %1 (the same export imported on two desks)</source>
        <translation>ce bureau a déjà un autre don importé sous %1 (le même export importé sur deux bureaux)</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+28"/>
        <source>this desk cannot change it: %1</source>
        <translation>ce bureau ne peut pas le modifier&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../models/donations/ledger/DonationReads.cpp" line="+107"/>
        <source>%1 is reconciled with the bank line of %2 on %3, in the period %4 – %5 closed on %6; reopen that period to change it.</source>
        <translation>%1 est rapproché de la ligne de relevé du %2 sur le compte %3, dans la période du %4 au %5 clôturée le %6&#xa0;; rouvrez cette période pour le modifier.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Donation identifier &quot;%1&quot; is too short; give at least 4 characters of its UUID.</source>
        <translation>L&apos;identifiant de don «&#xa0;%1&#xa0;» est trop court&#xa0;; indiquez au moins 4 caractères de son UUID.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No donation has the identifier &quot;%1&quot;.</source>
        <translation>Aucun don n&apos;a l&apos;identifiant «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Donation identifier &quot;%1&quot; matches several donations; give more characters.</source>
        <translation>L&apos;identifiant de don «&#xa0;%1&#xa0;» correspond à plusieurs dons&#xa0;; indiquez davantage de caractères.</translation>
    </message>
    <message>
        <location filename="../models/donations/ledger/DonationRepository.cpp" line="+74"/>
        <source>%1 cannot be changed: it is in a closed reconciliation period. Reopen the period on the reconciliation page to change it.</source>
        <translation>%1&#xa0;: modification impossible, car cet élément fait partie d&apos;une période de rapprochement clôturée. Rouvrez la période dans l&apos;onglet Rapprochement bancaire pour le modifier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This record</source>
        <translation>Cet enregistrement</translation>
    </message>
</context>
<context>
    <name>casedesk::DonationsPage</name>
    <message>
        <location filename="../ui/donations/DonationsPage.cpp" line="+31"/>
        <source>&amp;Donations</source>
        <translation>&amp;Dons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;onors</source>
        <translation>D&amp;onateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bank reconciliation</source>
        <translation>&amp;Rapprochement bancaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign &amp;report</source>
        <translation>&amp;Bilan de campagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tax receipts</source>
        <translation>&amp;Reçus fiscaux</translation>
    </message>
</context>
<context>
    <name>casedesk::DonationsView</name>
    <message>
        <location filename="../ui/donations/DonationsView.cpp" line="+37"/>
        <source>any</source>
        <translation>indifférente</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Donations</source>
        <translation>Dons</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>New donation…</source>
        <translation>Nouveau don…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+190"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="-188"/>
        <source>Import bank statement…</source>
        <translation>Importer un relevé bancaire…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import platform export…</source>
        <translation>Importer un export de plateforme…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export this view as CSV…</source>
        <translation>Exporter cette vue en CSV…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Search donor, e-mail or order number</source>
        <translation>Rechercher un donateur, un e-mail ou un numéro de commande</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search donations</source>
        <translation>Rechercher des dons</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Method</source>
        <translation>Moyen de paiement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All methods</source>
        <translation>Tous les moyens de paiement</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Reconciled</source>
        <translation>Rapproché</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Reconciled or not</source>
        <translation>Rapproché ou non</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not reconciled</source>
        <translation>Non rapproché</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show every donor again</source>
        <translation>Afficher de nouveau tous les donateurs</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>All campaigns</source>
        <translation>Toutes les campagnes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(untitled campaign)</source>
        <translation>(campagne sans titre)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Donor: %1 ✕</source>
        <translation>Donateur&#xa0;: %1 ✕</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n donation(s)</source>
        <translation>
            <numerusform>%n don</numerusform>
            <numerusform>%n dons</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More than %L1 donations (counting…)</source>
        <translation>Plus de %L1 dons (comptage en cours…)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Donation recorded.</source>
        <translation>Don ajouté.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This donation no longer exists.</source>
        <translation>Ce don n&apos;existe plus.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Donation saved.</source>
        <translation>Don enregistré.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delete the donation</source>
        <translation>Supprimer le don</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this donation from the ledger? Its receipt and reconciliation go with it.</source>
        <translation>Supprimer ce don du registre&#xa0;? Son reçu et son rapprochement seront supprimés avec lui.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Donation deleted.</source>
        <translation>Don supprimé.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import a bank statement</source>
        <translation>Importer un relevé bancaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank statements (*.xml *.camt *.053 *.ofx *.qfx *.csv *.txt);;All files (*)</source>
        <translation>Relevés bancaires (*.xml *.camt *.053 *.ofx *.qfx *.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import a crowdfunding platform export</source>
        <translation>Importer un export de plateforme de financement participatif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform exports (*.json *.csv);;All files (*)</source>
        <translation>Exports de plateforme (*.json *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export the donations</source>
        <translation>Exporter les dons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>donations.csv</source>
        <translation>dons.csv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n donation(s) exported to %1.</source>
        <translation>
            <numerusform>%n don exporté vers %1.</numerusform>
            <numerusform>%n dons exportés vers %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::DonorListModel</name>
    <message>
        <location filename="../models/itemmodels/DonorListModel.cpp" line="+43"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>May be contacted</source>
        <translation>Peut être contacté</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Donations</source>
        <translation>Dons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given</source>
        <translation>Total donné</translation>
    </message>
</context>
<context>
    <name>casedesk::DonorPrivacyBar</name>
    <message>
        <location filename="../ui/donations/DonorPrivacyBar.cpp" line="+21"/>
        <source>Export data…</source>
        <translation>Exporter ses données…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase…</source>
        <translation>Effacer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything the desk holds about the donor, as JSON or PDF (right of access)</source>
        <translation>Tout ce que le bureau détient sur le donateur, en JSON ou en PDF (droit d&apos;accès)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase the donor&apos;s data, keeping only what the law requires (right to erasure)</source>
        <translation>Effacer les données du donateur en ne gardant que ce que la loi exige (droit à l&apos;effacement)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention…</source>
        <translation>Conservation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archives due for purge, consents to renew and the privacy log</source>
        <translation>Archives à purger, consentements à renouveler et journal des données personnelles</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>donor-%1.json</source>
        <translation>donateur-%1.json</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the donor&apos;s data</source>
        <translation>Exporter les données du donateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The donor&apos;s data was exported to %1; the export is in the privacy log.</source>
        <translation>Les données du donateur ont été exportées dans %1&#xa0;; l&apos;export figure dans le journal des données personnelles.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The donor&apos;s data was erased; what the law requires is kept in the restricted archive.</source>
        <translation>Les données du donateur ont été effacées&#xa0;; ce que la loi exige est conservé dans l&apos;archive restreinte.</translation>
    </message>
</context>
<context>
    <name>casedesk::DonorRepository</name>
    <message>
        <location filename="../models/donations/ledger/DonorRepository.cpp" line="+105"/>
        <source>Name: give the donor&apos;s name.</source>
        <translation>Nom&#xa0;: indiquez le nom du donateur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E-mail: &quot;%1&quot; is not an e-mail address (name@example.org).</source>
        <translation>E-mail&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail (nom@example.org).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Platform reference: &quot;%1&quot; already belongs to the donor &quot;%2&quot;.</source>
        <translation>Référence plateforme&#xa0;: «&#xa0;%1&#xa0;» appartient déjà au donateur «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SIREN: only a company has a SIREN; record the donor as a company or clear the SIREN.</source>
        <translation>SIREN&#xa0;: seule une entreprise a un SIREN&#xa0;; enregistrez le donateur comme entreprise ou effacez le SIREN.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SIREN: &quot;%1&quot; is not a valid SIREN; expected 9 digits, the last one checking the others (Luhn). Check for a typing error.</source>
        <translation>SIREN&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un SIREN valide&#xa0;; il faut 9 chiffres, le dernier contrôlant les autres (clé de Luhn). Vérifiez la saisie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Consent date: the donor&apos;s consent cannot be dated in the future.</source>
        <translation>Date du consentement&#xa0;: le consentement du donateur ne peut pas être daté dans le futur.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The donor &quot;%1&quot; no longer exists; it was deleted elsewhere.</source>
        <translation>Le donateur «&#xa0;%1&#xa0;» n&apos;existe plus&#xa0;; il a été supprimé ailleurs.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The donor &quot;%1&quot; was changed elsewhere since it was opened; it has been reloaded.</source>
        <translation>Le donateur «&#xa0;%1&#xa0;» a été modifié ailleurs depuis son ouverture&#xa0;; il a été rechargé.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+182"/>
        <source>No donor has the identifier %1.</source>
        <translation>Aucun donateur n&apos;a l&apos;identifiant %1.</translation>
    </message>
    <message numerus="yes">
        <location line="-179"/>
        <source>The donor &quot;%1&quot; has %n donation(s) in the ledger; delete or reassign them before deleting the donor.</source>
        <translation>
            <numerusform>Le donateur «&#xa0;%1&#xa0;» a %n don dans le registre&#xa0;; supprimez-le ou attribuez-le à un autre donateur avant de supprimer celui-ci.</numerusform>
            <numerusform>Le donateur «&#xa0;%1&#xa0;» a %n dons dans le registre&#xa0;; supprimez-les ou attribuez-les à un autre donateur avant de supprimer celui-ci.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Donor identifier &quot;%1&quot; is too short; give at least 4 characters of its UUID.</source>
        <translation>L&apos;identifiant de donateur «&#xa0;%1&#xa0;» est trop court&#xa0;; indiquez au moins 4 caractères de son UUID.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No donor has the identifier &quot;%1&quot;.</source>
        <translation>Aucun donateur n&apos;a l&apos;identifiant «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Donor identifier &quot;%1&quot; matches several donors; give more characters.</source>
        <translation>L&apos;identifiant de donateur «&#xa0;%1&#xa0;» correspond à plusieurs donateurs&#xa0;; indiquez davantage de caractères.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it has no name</source>
        <translation>il n&apos;a pas de nom</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n donation(s) on this desk still name this donor</source>
        <translation>
            <numerusform>%n don de ce bureau nomme encore ce donateur</numerusform>
            <numerusform>%n dons de ce bureau nomment encore ce donateur</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::DonorsView</name>
    <message>
        <location filename="../ui/donations/DonorsView.cpp" line="+50"/>
        <source>Donors</source>
        <translation>Donateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search a donor by name or e-mail</source>
        <translation>Rechercher un donateur par nom ou e-mail</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New donor…</source>
        <translation>Nouveau donateur…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export as CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n donor(s)</source>
        <translation>
            <numerusform>%n donateur</numerusform>
            <numerusform>%n donateurs</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Street, postal code and city (for the tax receipt)</source>
        <translation>Rue, code postal et ville (pour le reçu fiscal)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>9 digits</source>
        <translation>9 chiffres</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;IREN</source>
        <translation>S&amp;IREN</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Agrees to be contacted by the association</source>
        <translation>Accepte d&apos;être contacté par l&apos;association</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ulule form, paper slip…</source>
        <translation>formulaire Ulule, bulletin papier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>thro&amp;ugh</source>
        <translation>&amp;via</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Donor is</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Consent on</source>
        <translation>&amp;Consentement le</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the donor</source>
        <translation>Enregistrer le donateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+230"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="-228"/>
        <source>Show in the ledger</source>
        <translation>Afficher ses dons dans le registre</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Donor&apos;s history</source>
        <translation>Historique du donateur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Receipts</source>
        <translation>&amp;Reçus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>No paid donation yet.</source>
        <translation>Aucun don payé pour l&apos;instant.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n paid donation(s), %1 in all, from %2 to %3.</source>
        <translation>
            <numerusform>%n don payé, %1 au total, du %2 au %3.</numerusform>
            <numerusform>%n dons payés, %1 au total, du %2 au %3.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refunded: %1.</source>
        <translation>Remboursé&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>New donor</source>
        <translation>Nouveau donateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the donor:</source>
        <translation>Nom du donateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The donor is not saved: fix the consent date.</source>
        <translation>Le donateur n&apos;est pas enregistré&#xa0;: corrigez la date du consentement.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Donor saved.</source>
        <translation>Donateur enregistré.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export the donors</source>
        <translation>Exporter les donateurs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>donors.csv</source>
        <translation>donateurs.csv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n donor(s) exported to %1.</source>
        <translation>
            <numerusform>%n donateur exporté vers %1.</numerusform>
            <numerusform>%n donateurs exportés vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete the donor</source>
        <translation>Supprimer le donateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete %1 from the donors?</source>
        <translation>Supprimer %1 de la liste des donateurs&#xa0;?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Donor deleted.</source>
        <translation>Donateur supprimé.</translation>
    </message>
</context>
<context>
    <name>casedesk::DossierReader</name>
    <message>
        <location filename="../ui/review/DossierReader.cpp" line="+24"/>
        <source>Sections of the dossier</source>
        <translation>Sections du dossier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Section of the dossier</source>
        <translation>Section du dossier</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>&lt;b&gt;Changed since the version you last saw:&lt;/b&gt;</source>
        <translation>&lt;b&gt;Modifié depuis la dernière version que vous avez vue&#xa0;:&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&lt;i&gt;Choose a campaign: its dossier shows here.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Choisissez une campagne&#xa0;: son dossier s&apos;affiche ici.&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>casedesk::EraseDonorDialog</name>
    <message>
        <location filename="../ui/donations/EraseDonorDialog.cpp" line="+18"/>
        <source>Erase the donor&apos;s data</source>
        <translation>Effacer les données du donateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erasing %1 cannot be undone:</source>
        <translation>L&apos;effacement de %1 est définitif&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Reason (whose request, of which date), kept in the privacy log:</source>
        <translation>&amp;Motif (à la demande de qui, de quelle date), conservé dans le journal des données personnelles&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Give the reason: the erasure is not done without one.</source>
        <translation>Donnez le motif&#xa0;: l&apos;effacement ne se fait pas sans.</translation>
    </message>
</context>
<context>
    <name>casedesk::EvidenceDetails</name>
    <message>
        <location filename="../ui/evidence/EvidenceDetails.cpp" line="+41"/>
        <source>&amp;Public: shown on the campaign page</source>
        <translation>&amp;Publique&#xa0;: affichée sur la page de la campagne</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who produced it, or where it comes from</source>
        <translation>Qui l&apos;a produite, ou d&apos;où elle provient</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comma-separated, e.g. expertise, photos</source>
        <translation>Séparées par des virgules, par exemple expertise, photos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only public pieces ever leave this desk.</source>
        <translation>Seules les pièces publiques peuvent quitter ce bureau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date of the document</source>
        <translation>&amp;Date du document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Source</source>
        <translation>So&amp;urce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;escription</source>
        <translation>D&amp;escription</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ta&amp;gs</source>
        <translation>Éti&amp;quettes</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>No preview for this kind of file (%1). Use Open.</source>
        <translation>Pas d&apos;aperçu pour ce type de fichier (%1). Utilisez «&#xa0;Ouvrir&#xa0;».</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Piece no. %1 · %2 · %3 · %4
Attached %5 · SHA-256 %6</source>
        <translation>Pièce n°&#xa0;%1 · %2 · %3 · %4
Jointe le %5 · SHA-256 %6</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SHA-256 %1</source>
        <translation>SHA-256 %1</translation>
    </message>
</context>
<context>
    <name>casedesk::EvidenceListModel</name>
    <message>
        <location filename="../models/itemmodels/EvidenceListModel.cpp" line="+81"/>
        <source>Public</source>
        <translation>Publique</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Private</source>
        <translation>Privée</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1
File: %2 (%3)
SHA-256: %4</source>
        <translation>%1
Fichier&#xa0;: %2 (%3)
SHA-256&#xa0;: %4</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visibility</source>
        <translation>Visibilité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Original file</source>
        <translation>Fichier d&apos;origine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
</context>
<context>
    <name>casedesk::EvidencePage</name>
    <message>
        <location filename="../ui/evidence/EvidencePage.cpp" line="+72"/>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add files…</source>
        <translation>&amp;Ajouter des fichiers…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check &amp;integrity</source>
        <translation>Vérifier l&apos;&amp;intégrité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bordereau (PDF)…</source>
        <translation>&amp;Bordereau (PDF)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens a read-only copy in the usual application; the stored original never changes.</source>
        <translation>Ouvre une copie en lecture seule dans l&apos;application habituelle&#xa0;; l&apos;original stocké n&apos;est jamais modifié.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-reads every stored file and reports the pieces that are missing or altered.</source>
        <translation>Relit chaque fichier stocké et signale les pièces manquantes ou altérées.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies the selected pieces (or all) into a folder with their bordereau.</source>
        <translation>Copie les pièces sélectionnées (ou toutes les pièces) dans un dossier, avec leur bordereau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size &amp;limit…</source>
        <translation>Tai&amp;lle maximale…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The largest file this desk accepts as a piece.</source>
        <translation>Le plus gros fichier que ce bureau accepte comme pièce.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Campaign:</source>
        <translation>Campagne&#xa0;:</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Pieces</source>
        <translation>Pièces</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Drop files here to attach them; drag a piece within the list to renumber.</source>
        <translation>Déposez des fichiers ici pour les joindre&#xa0;; faites glisser une pièce dans la liste pour renuméroter.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Attach files as pieces</source>
        <translation>Joindre des fichiers comme pièces</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wait for the current task to finish (or cancel it) before attaching more files.</source>
        <translation>Attendez la fin de la tâche en cours (ou annulez-la) avant de joindre d&apos;autres fichiers.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create or choose a campaign before attaching files.</source>
        <translation>Créez ou choisissez une campagne avant de joindre des fichiers.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Saved at %1</source>
        <translation>Enregistré à %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no. %1 &quot;%2&quot;</source>
        <translation>n°&#xa0;%1 «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove pieces</source>
        <translation>Supprimer des pièces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1? The other pieces keep their numbers.</source>
        <translation>Supprimer %1&#xa0;? Les autres pièces conservent leur numéro.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n piece(s) removed.</source>
        <translation>
            <numerusform>%n pièce supprimée.</numerusform>
            <numerusform>%n pièces supprimées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot create a private folder for the viewing copy: %1</source>
        <translation>Impossible de créer un dossier privé pour la copie de consultation&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No application could open %1.</source>
        <translation>Aucune application n&apos;a pu ouvrir %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Bordereau of %n piece(s) written to %1.</source>
        <translation>
            <numerusform>Bordereau de %n pièce écrit dans %1.</numerusform>
            <numerusform>Bordereau de %n pièces écrit dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n piece(s) and the bordereau written to %1.</source>
        <translation>
            <numerusform>%n pièce et le bordereau écrits dans %1.</numerusform>
            <numerusform>%n pièces et le bordereau écrits dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save the bordereau</source>
        <translation>Enregistrer le bordereau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export the pieces into an empty folder</source>
        <translation>Exporter les pièces dans un dossier vide</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Size limit</source>
        <translation>Taille maximale</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Largest file accepted as a piece (MiB):</source>
        <translation>Plus gros fichier accepté comme pièce (Mio)&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Files up to %1 MiB are now accepted as pieces.</source>
        <translation>Les fichiers jusqu&apos;à %1&#xa0;Mio sont désormais acceptés comme pièces.</translation>
    </message>
</context>
<context>
    <name>casedesk::EvidenceRepository</name>
    <message>
        <location filename="../models/evidence/EvidenceRepository.cpp" line="+127"/>
        <source>The size limit for one piece must be more than 0 bytes.</source>
        <translation>La taille maximale d&apos;une pièce doit être supérieure à 0 octet.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The copy of %1 has no valid fingerprint; it was not attached.</source>
        <translation>La copie de %1 n&apos;a pas d&apos;empreinte valide&#xa0;; le fichier n&apos;a pas été joint.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No campaign has the identifier %1; %2 was not attached.</source>
        <translation>Aucune campagne n&apos;a l&apos;identifiant %1&#xa0;; %2 n&apos;a pas été joint.</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>The piece &quot;%1&quot; no longer exists; it was deleted elsewhere.</source>
        <translation>La pièce «&#xa0;%1&#xa0;» n&apos;existe plus&#xa0;; elle a été supprimée ailleurs.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The piece &quot;%1&quot; was changed elsewhere since it was opened; it has been reloaded.</source>
        <translation>La pièce «&#xa0;%1&#xa0;» a été modifiée ailleurs depuis son ouverture&#xa0;; elle a été rechargée.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Piece no. %1: the title cannot be empty.</source>
        <translation>Pièce n°&#xa0;%1&#xa0;: le titre ne peut pas être vide.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>A piece disappeared while the list was renumbered.</source>
        <translation>Une pièce a disparu pendant la renumérotation de la liste.</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+32"/>
        <source>The piece %1 no longer exists.</source>
        <translation>La pièce %1 n&apos;existe plus.</translation>
    </message>
    <message numerus="yes">
        <location line="-28"/>
        <source>Piece no. %1 cannot move to no. %2: the campaign has %n piece(s).</source>
        <translation>
            <numerusform>La pièce n°&#xa0;%1 ne peut pas être déplacée au n°&#xa0;%2&#xa0;: la campagne compte %n pièce.</numerusform>
            <numerusform>La pièce n°&#xa0;%1 ne peut pas être déplacée au n°&#xa0;%2&#xa0;: la campagne compte %n pièces.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The file of the piece &quot;%1&quot; is not in the evidence folder; it was not recorded.</source>
        <translation>Le fichier de la pièce «&#xa0;%1&#xa0;» n&apos;est pas dans le dossier des pièces&#xa0;; elle n&apos;a pas été enregistrée.</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>intact</source>
        <translation>intacte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing: its file is no longer in the evidence folder</source>
        <translation>manquante&#xa0;: son fichier ne se trouve plus dans le dossier des pièces</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>altered: its file changed since it was attached</source>
        <translation>altérée&#xa0;: son fichier a été modifié depuis qu&apos;elle a été jointe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unreadable: its file cannot be read (permissions or a disk error)</source>
        <translation>illisible&#xa0;: son fichier ne peut pas être lu (droits d&apos;accès ou erreur de disque)</translation>
    </message>
</context>
<context>
    <name>casedesk::EvidenceTaskBar</name>
    <message>
        <location filename="../ui/evidence/EvidenceTaskBar.cpp" line="+21"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Copying file %1 of %2…</source>
        <translation>Copie du fichier %1 sur %2…</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Copying %n file(s)…</source>
        <translation>
            <numerusform>Copie de %n fichier…</numerusform>
            <numerusform>Copie de %n fichiers…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Checking %n piece(s)…</source>
        <translation>
            <numerusform>Vérification de %n pièce…</numerusform>
            <numerusform>Vérification de %n pièces…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Integrity check cancelled.</source>
        <translation>Contrôle d&apos;intégrité annulé.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Integrity check: all %n piece(s) of every campaign are intact.</source>
        <translation>
            <numerusform>Contrôle d&apos;intégrité&#xa0;: toutes les pièces de toutes les campagnes sont intactes (%n pièce).</numerusform>
            <numerusform>Contrôle d&apos;intégrité&#xa0;: toutes les pièces de toutes les campagnes sont intactes (%n pièces).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>• Campaign &quot;%1&quot;, piece no. %2 &quot;%3&quot; (%4): %5</source>
        <translation>• Campagne «&#xa0;%1&#xa0;», pièce n°&#xa0;%2 «&#xa0;%3&#xa0;» (%4)&#xa0;: %5</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Integrity check: %n piece(s) are not as they were attached.</source>
        <translation>
            <numerusform>Contrôle d&apos;intégrité&#xa0;: %n pièce n&apos;est plus telle qu&apos;elle a été jointe.</numerusform>
            <numerusform>Contrôle d&apos;intégrité&#xa0;: %n pièces ne sont plus telles qu&apos;elles ont été jointes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::FeePanel</name>
    <message>
        <location filename="../ui/campaigns/FeePanel.cpp" line="+11"/>
        <source>What reaches the case</source>
        <translation>Ce qui revient à l&apos;action</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Funding goal</source>
        <translation>Objectif de collecte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform commission</source>
        <translation>Commission de la plateforme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flat campaign fee</source>
        <translation>Frais forfaitaires de campagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net for the legal action</source>
        <translation>Net pour l&apos;action en justice</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>− %1 (%2 %)</source>
        <translation>−&#xa0;%1 (%2&#x202f;%)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>− %1</source>
        <translation>−&#xa0;%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If the goal is reached, the association receives %1 of %2.</source>
        <translation>Si l&apos;objectif est atteint, l&apos;association reçoit %1 sur %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set a funding goal to see what reaches the case.</source>
        <translation>Fixez un objectif de collecte pour voir ce qui revient à l&apos;action.</translation>
    </message>
</context>
<context>
    <name>casedesk::FeeSettingsDialog</name>
    <message>
        <location filename="../ui/settings/FeeSettingsDialog.cpp" line="+20"/>
        <source>Platform fees</source>
        <translation>Frais de plateforme</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Flat fee per campaign (€)</source>
        <translation>Forfait par campagne (€)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commission on donations</source>
        <translation>Commission sur les dons</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the crowdfunding platform keeps. Each campaign&apos;s fee panel uses these to show what reaches the case.</source>
        <translation>Ce que conserve la plateforme de financement participatif. Le panneau des frais de chaque campagne s&apos;en sert pour indiquer ce qui revient à l&apos;action.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>For a goal of %1, the association receives %2.</source>
        <translation>Pour un objectif de %1, l&apos;association reçoit %2.</translation>
    </message>
</context>
<context>
    <name>casedesk::GiftConfirmationDialog</name>
    <message>
        <location filename="../ui/settings/GiftConfirmationDialog.cpp" line="+23"/>
        <source>Gift confirmation</source>
        <translation>Confirmation des dons</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A gift typed by hand above this amount asks for a confirmation before it is recorded, so that a slip of the finger is caught before it reaches the books. No gift can be above %1.</source>
        <translation>Un don saisi à la main au-delà de ce montant demande une confirmation avant d&apos;être enregistré, pour qu&apos;une faute de frappe soit repérée avant d&apos;entrer dans les comptes. Aucun don ne peut dépasser %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ask above (€)</source>
        <translation>Demander au-delà de (€)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Gifts above %1 now ask for a confirmation.</source>
        <translation>Les dons au-delà de %1 demandent désormais une confirmation.</translation>
    </message>
</context>
<context>
    <name>casedesk::ImportProblem</name>
    <message>
        <location filename="../models/donations/ImportProblem.cpp" line="+13"/>
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
</context>
<context>
    <name>casedesk::IssueReceiptsDialog</name>
    <message>
        <location filename="../ui/donations/IssueReceiptsDialog.cpp" line="+37"/>
        <source>Issue the tax receipts for %1</source>
        <translation>Émettre les reçus fiscaux des dons de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As each donor chose (per gift or annual)</source>
        <translation>Comme chaque donateur l&apos;a choisi (par don ou annuel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One receipt per gift</source>
        <translation>Un reçu par don</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One annual receipt per donor</source>
        <translation>Un reçu annuel par donateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Receipts</source>
        <translation>&amp;Reçus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Folder</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Donor skipped</source>
        <translation>Donateur écarté</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gifts</source>
        <translation>Dons</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Issue</source>
        <translation>É&amp;mettre</translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>%n receipt(s) to issue for the gifts of %1, %2 in all.</source>
        <translation>
            <numerusform>%n reçu à émettre pour les dons de %1, %2 en tout.</numerusform>
            <numerusform>%n reçus à émettre pour les dons de %1, %2 en tout.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n receipt(s) numbered by a batch that stopped still need their PDF; they are written first.</source>
        <translation>
            <numerusform>%n reçu numéroté par un lot arrêté attend encore son PDF&#xa0;; il est écrit d&apos;abord.</numerusform>
            <numerusform>%n reçus numérotés par un lot arrêté attendent encore leur PDF&#xa0;; ils sont écrits d&apos;abord.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n donor(s) skipped, listed below with the reason.</source>
        <translation>
            <numerusform>%n donateur écarté, indiqué ci-dessous avec la raison.</numerusform>
            <numerusform>%n donateurs écartés, indiqués ci-dessous avec la raison.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Folder for the receipts</source>
        <translation>Dossier des reçus</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Folder: choose where the receipts&apos; PDFs are written.</source>
        <translation>Dossier&#xa0;: choisissez où écrire les PDF des reçus.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 of %2 receipts</source>
        <translation>%1 reçus sur %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n receipt(s) issued.</source>
        <translation>
            <numerusform>%n reçu émis.</numerusform>
            <numerusform>%n reçus émis.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n PDF(s) of an earlier batch completed.</source>
        <translation>
            <numerusform>%n PDF d&apos;un lot précédent complété.</numerusform>
            <numerusform>%n PDF d&apos;un lot précédent complétés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n receipt(s) were issued by another process meanwhile and left to it.</source>
        <translation>
            <numerusform>%n reçu a été émis entre-temps par un autre processus, qui le garde.</numerusform>
            <numerusform>%n reçus ont été émis entre-temps par un autre processus, qui les garde.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stopped: every receipt issued so far has its number and its PDF. Issue again to continue.</source>
        <translation>Arrêté&#xa0;: chaque reçu émis jusqu&apos;ici a son numéro et son PDF. Émettez à nouveau pour continuer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped by an error: %1</source>
        <translation>Arrêté par une erreur&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mail-merge file for your mailer: %1</source>
        <translation>Fichier de publipostage pour votre outil d&apos;envoi&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open the folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
</context>
<context>
    <name>casedesk::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+66"/>
        <source>%1 — CaseDesk</source>
        <translation>%1 — CaseDesk</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Areas</source>
        <translation>Rubriques</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedures</source>
        <translation>Procédures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadlines</source>
        <translation>Échéances</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evidence</source>
        <translation>Pièces</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Review</source>
        <translation>Relecture</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Donations</source>
        <translation>Dons</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Board</source>
        <translation>&amp;Conseil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync</source>
        <translation>Synchronisation</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+1"/>
        <source>Desk: %1</source>
        <translation>Bureau&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All changes saved</source>
        <translation>Toutes les modifications sont enregistrées</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New campaign</source>
        <translation>&amp;Nouvelle campagne</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open another desk…</source>
        <translation>&amp;Ouvrir un autre bureau…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Recent desks</source>
        <translation>Bureaux &amp;récents</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Back up…</source>
        <translation>&amp;Sauvegarder…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+106"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="-104"/>
        <location line="+105"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Undo covers the campaign being edited (its fields, budget and press) and the association&apos;s profile, even after they were saved.</source>
        <translation>L&apos;annulation couvre la campagne en cours de modification (ses champs, son budget et sa presse) et la fiche de l&apos;association, même déjà enregistrées.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Find campaigns</source>
        <translation>&amp;Rechercher des campagnes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save now</source>
        <translation>&amp;Enregistrer maintenant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CaseDesk saves as you type; this saves the last keystrokes at once.</source>
        <translation>CaseDesk enregistre au fil de la saisie&#xa0;; cette commande enregistre immédiatement les dernières frappes.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Tools</source>
        <translation>&amp;Outils</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform &amp;fees…</source>
        <translation>&amp;Frais de plateforme…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Gift confirmation…</source>
        <translation>&amp;Confirmation des dons…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tax receipts…</source>
        <translation>&amp;Reçus fiscaux…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Automatic backups…</source>
        <translation>Sauvegardes &amp;automatiques…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CaseDesk &amp;manual</source>
        <translation>&amp;Manuel de CaseDesk</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About CaseDesk</source>
        <translation>À &amp;propos de CaseDesk</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;%1 %2 — %3</source>
        <translation>&amp;%1 %2 — %3</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open another desk</source>
        <translation>Ouvrir un autre bureau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CaseDesk desks (*.db);;All files (*)</source>
        <translation>Bureaux CaseDesk (*.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Undo: %1</source>
        <translation>&amp;Annuler&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo: %1</source>
        <translation>&amp;Rétablir&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Platform fees updated</source>
        <translation>Frais de plateforme mis à jour</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About CaseDesk</source>
        <translation>À propos de CaseDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;CaseDesk %1&lt;/h3&gt;&lt;p&gt;The workbench of associations that take legal action and fund it through crowdfunding: campaigns, evidence, procedures and donations, offline first.&lt;/p&gt;&lt;p&gt;Your desk is the file %2. It stays on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CaseDesk %1&lt;/h3&gt;&lt;p&gt;L&apos;outil de travail des associations qui agissent en justice et financent leurs actions par des collectes participatives&#xa0;: campagnes, pièces, procédures et dons, conçu pour fonctionner d&apos;abord hors connexion.&lt;/p&gt;&lt;p&gt;Votre bureau est le fichier %2. Il reste sur cet ordinateur.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n change(s) waiting to sync</source>
        <translation>
            <numerusform>%n modification en attente de synchronisation</numerusform>
            <numerusform>%n modifications en attente de synchronisation</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved at %1</source>
        <translation>Enregistré à %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last changes could not be saved. Leave anyway and lose them?</source>
        <translation>Les dernières modifications n&apos;ont pas pu être enregistrées. Partir quand même et les perdre&#xa0;?</translation>
    </message>
</context>
<context>
    <name>casedesk::ManualDialog</name>
    <message>
        <location filename="../ui/common/ManualDialog.cpp" line="+17"/>
        <source>CaseDesk manual</source>
        <translation>Manuel de CaseDesk</translation>
    </message>
</context>
<context>
    <name>casedesk::ManualMatchPane</name>
    <message>
        <location filename="../ui/donations/ManualMatchPane.cpp" line="+26"/>
        <location line="+173"/>
        <source>Match by hand</source>
        <translation>Rapprochement manuel</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>Match</source>
        <translation>Rapprocher</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+190"/>
        <source>Unmatch</source>
        <translation>Annuler le rapprochement</translation>
    </message>
    <message>
        <location line="-182"/>
        <source>Drag a bank credit onto a donation, or select a credit and the donations it paid, then press Match.</source>
        <translation>Faites glisser un crédit bancaire sur un don, ou sélectionnez un crédit et les dons qu&apos;il a réglés, puis cliquez sur «&#xa0;Rapprocher&#xa0;».</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Show reconciled credits too</source>
        <translation>Afficher aussi les crédits rapprochés</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bank credits not reconciled</source>
        <translation>Crédits bancaires non rapprochés</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Search a donor, an e-mail or an order id</source>
        <translation>Rechercher un donateur, un e-mail ou un numéro de commande</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Donations and payouts not reconciled</source>
        <translation>Dons et versements non rapprochés</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The %1 latest of %L2 credits; choose an account to narrow them.</source>
        <translation>Les %1 derniers crédits sur %L2&#xa0;; choisissez un compte pour en afficher moins.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n credit(s) waiting for a match</source>
        <translation>
            <numerusform>%n crédit en attente de rapprochement</numerusform>
            <numerusform>%n crédits en attente de rapprochement</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The %1 latest of more than %L2 donations; search to find others.</source>
        <translation>Les %1 derniers dons sur plus de %L2&#xa0;; faites une recherche pour trouver les autres.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1 latest of %2 donations; search to find others.</source>
        <translation>Les %1 derniers dons sur %2&#xa0;; faites une recherche pour trouver les autres.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n donation(s), %1 payout(s)</source>
        <translation>
            <numerusform>%n don, versements&#xa0;: %1</numerusform>
            <numerusform>%n dons, versements&#xa0;: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::MarkdownEditor</name>
    <message>
        <location filename="../ui/campaigns/MarkdownEditor.cpp" line="+19"/>
        <source>Describe the case in Markdown: ## headings, *emphasis*, - lists, [links](https://...)</source>
        <translation>Décrivez l&apos;affaire en Markdown&#xa0;: ## titres, *mise en valeur*, - listes, [liens](https://...)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
</context>
<context>
    <name>casedesk::MatchTargetModel</name>
    <message>
        <location filename="../models/itemmodels/MatchTargetModel.cpp" line="+13"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Donor or payout</source>
        <translation>Donateur ou versement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Moyen de paiement</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Payout %1</source>
        <translation>Versement %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platform payout</source>
        <translation>Versement de la plateforme</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Anonymous</source>
        <translation>Anonyme</translation>
    </message>
</context>
<context>
    <name>casedesk::MilestoneDialog</name>
    <message>
        <location filename="../ui/procedures/MilestoneDialog.cpp" line="+39"/>
        <source>Edit milestone</source>
        <translation>Modifier l&apos;étape</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New milestone — %1</source>
        <translation>Nouvelle étape — %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Left empty: the kind of milestone</source>
        <translation>Si vide&#xa0;: le type d&apos;étape</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show on the campaign&apos;s public page (kind, date and title; never the note)</source>
        <translation>Afficher sur la page publique de la campagne (type, date et titre&#xa0;; jamais la note)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Computed by rule %1 from %2; change the date of the milestone that starts it.</source>
        <translation>Calculée par la règle %1 à partir du %2&#xa0;; modifiez la date de l&apos;étape qui fait courir le délai.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also record the deadline this starts:</source>
        <translation>Enregistrer aussi le délai que cette étape fait courir&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Due: %1</source>
        <translation>Échéance&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>casedesk::MilestoneRepository</name>
    <message>
        <location filename="../models/procedures/MilestoneRepository.cpp" line="+82"/>
        <source>Procedure: no procedure has the identifier %1.</source>
        <translation>Procédure&#xa0;: aucune procédure n&apos;a l&apos;identifiant %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date: a milestone needs a date.</source>
        <translation>Date&#xa0;: une étape doit avoir une date.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date: %1 is not a plausible date (year %2); check the year.</source>
        <translation>Date&#xa0;: %1 n&apos;est pas une date plausible (année %2)&#xa0;; vérifiez l&apos;année.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rule: there is no deadline rule &quot;%1&quot;.</source>
        <translation>Règle&#xa0;: il n&apos;existe pas de règle de délai «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rule: only a deadline is computed by a rule.</source>
        <translation>Règle&#xa0;: seule une échéance peut être calculée par une règle.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start: a computed deadline needs its starting date.</source>
        <translation>Point de départ&#xa0;: une échéance calculée nécessite sa date de départ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Public: a deadline is the association&apos;s own and is never shown on the campaign&apos;s public page.</source>
        <translation>Public&#xa0;: un délai reste interne à l&apos;association et n&apos;est jamais affiché sur la page publique de la campagne.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Source: the milestone that starts this deadline must belong to the same procedure.</source>
        <translation>Source&#xa0;: l&apos;étape qui fait courir ce délai doit appartenir à la même procédure.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The milestone &quot;%1&quot; no longer exists; it was deleted elsewhere.</source>
        <translation>L&apos;étape «&#xa0;%1&#xa0;» n&apos;existe plus&#xa0;; elle a été supprimée ailleurs.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The milestone &quot;%1&quot; was changed elsewhere since it was opened; it has been reloaded.</source>
        <translation>L&apos;étape «&#xa0;%1&#xa0;» a été modifiée ailleurs depuis son ouverture&#xa0;; elle a été rechargée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The milestone &quot;%1&quot; cannot move to another procedure.</source>
        <translation>L&apos;étape «&#xa0;%1&#xa0;» ne peut pas être rattachée à une autre procédure.</translation>
    </message>
    <message>
        <location line="+77"/>
        <location line="+17"/>
        <source>No milestone has the identifier %1.</source>
        <translation>Aucune étape n&apos;a l&apos;identifiant %1.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Milestone</source>
        <translation>Étape</translation>
    </message>
</context>
<context>
    <name>casedesk::NewsEditor</name>
    <message>
        <location filename="../ui/campaigns/NewsEditor.cpp" line="+26"/>
        <source>&amp;New update</source>
        <translation>&amp;Nouvelle actualité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete update</source>
        <translation>&amp;Supprimer l&apos;actualité</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>News updates</source>
        <translation>Actualités</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hearing on 12 March: the court heard our arguments</source>
        <translation>Audience du 12 mars&#xa0;: le tribunal a entendu nos arguments</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tell donors what happened, in Markdown: *emphasis*, - lists, [links](https://...)</source>
        <translation>Racontez aux donateurs ce qui s&apos;est passé, en Markdown&#xa0;: *italique*, - listes, [liens](https://...)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Title</source>
        <translation>&amp;Titre</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Unpubli&amp;sh</source>
        <translation>Dépublie&amp;r</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Publi&amp;sh</source>
        <translation>Publie&amp;r</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No news yet: &quot;New update&quot; writes one.</source>
        <translation>Aucune actualité pour l&apos;instant&#xa0;: «&#xa0;Nouvelle actualité&#xa0;» en crée une.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published on %1; the platform shows it while the campaign is public.</source>
        <translation>Publiée le %1&#xa0;; la plateforme l&apos;affiche tant que la campagne est publique.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draft: stays on this desk until published.</source>
        <translation>Brouillon&#xa0;: reste sur ce bureau jusqu&apos;à sa publication.</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+30"/>
        <source>Could not save: %1</source>
        <translation>Enregistrement impossible&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>New update</source>
        <translation>Nouvelle actualité</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete &quot;%1&quot;? It is taken off the platform at the next sync.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;»&#xa0;? Elle sera retirée de la plateforme à la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the draft &quot;%1&quot;?</source>
        <translation>Supprimer le brouillon «&#xa0;%1&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete news</source>
        <translation>Supprimer l&apos;actualité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>casedesk::NewsRepository</name>
    <message>
        <location filename="../models/campaigns/NewsRepository.cpp" line="+55"/>
        <source>Title: give the news a title.</source>
        <translation>Titre&#xa0;: donnez un titre à l&apos;actualité.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Title: at most %1 characters (%2 now).</source>
        <translation>Titre&#xa0;: %1 caractères au plus (%2 actuellement).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Text: at most %1 characters (%2 now).</source>
        <translation>Texte&#xa0;: %1 caractères au plus (%2 actuellement).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No campaign has the identifier %1.</source>
        <translation>Aucune campagne n&apos;a l&apos;identifiant %1.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The news &quot;%1&quot; no longer exists; it was deleted elsewhere.</source>
        <translation>L&apos;actualité «&#xa0;%1&#xa0;» n&apos;existe plus&#xa0;; elle a été supprimée ailleurs.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The news &quot;%1&quot; was changed elsewhere since it was opened; it has been reloaded.</source>
        <translation>L&apos;actualité «&#xa0;%1&#xa0;» a été modifiée ailleurs depuis son ouverture&#xa0;; elle a été rechargée.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>No news has the identifier %1.</source>
        <translation>Aucune actualité n&apos;a l&apos;identifiant %1.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>News identifier &quot;%1&quot; is too short; give at least 4 characters of its UUID.</source>
        <translation>L&apos;identifiant d&apos;actualité «&#xa0;%1&#xa0;» est trop court&#xa0;; donnez au moins 4 caractères de son UUID.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No news has the identifier &quot;%1&quot;.</source>
        <translation>Aucune actualité n&apos;a l&apos;identifiant «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>News identifier &quot;%1&quot; matches several news; give more characters.</source>
        <translation>L&apos;identifiant d&apos;actualité «&#xa0;%1&#xa0;» correspond à plusieurs actualités&#xa0;; donnez plus de caractères.</translation>
    </message>
</context>
<context>
    <name>casedesk::PassphraseFields</name>
    <message>
        <location filename="../ui/backup/PassphraseFields.cpp" line="+20"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase de passe&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Again:</source>
        <translation>&amp;Encore&#xa0;:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Enter the passphrase.</source>
        <translation>Saisissez la phrase de passe.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases de passe diffèrent.</translation>
    </message>
</context>
<context>
    <name>casedesk::PeriodsPane</name>
    <message>
        <location filename="../ui/donations/PeriodsPane.cpp" line="+20"/>
        <source>Reconciliation periods</source>
        <translation>Périodes de rapprochement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close period…</source>
        <translation>Clôturer la période…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen period…</source>
        <translation>Rouvrir la période…</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+23"/>
        <source>Close period</source>
        <translation>Clôturer la période</translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+27"/>
        <source>Reopen period</source>
        <translation>Rouvrir la période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why reopen the period %1 to %2 of %3? The reason is kept in the period&apos;s log.</source>
        <translation>Pourquoi rouvrir la période du %1 au %2 du compte %3&#xa0;? Le motif est conservé dans le journal de la période.</translation>
    </message>
</context>
<context>
    <name>casedesk::PlatformImportDialog</name>
    <message>
        <location filename="../ui/donations/PlatformImportDialog.cpp" line="+31"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already imported</source>
        <translation>Déjà importé</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+7"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Import a platform export</source>
        <translation>Importer un export de plateforme</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Donor</source>
        <translation>Donateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Donations in the export</source>
        <translation>Dons de l&apos;export</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As tied before (one campaign per platform project)</source>
        <translation>Comme associé précédemment (une campagne par projet de la plateforme)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(untitled campaign)</source>
        <translation>(campagne sans titre)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Campaign</source>
        <translation>&amp;Campagne</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This file cannot be imported: %1</source>
        <translation>Ce fichier ne peut pas être importé&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%1: %n new, </source>
        <translation>
            <numerusform>%1&#xa0;: %n nouveau, </numerusform>
            <numerusform>%1&#xa0;: %n nouveaux, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n updated, </source>
        <translation>
            <numerusform>%n mis à jour, </numerusform>
            <numerusform>%n mis à jour, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n already imported; </source>
        <translation>
            <numerusform>%n déjà importé&#xa0;; </numerusform>
            <numerusform>%n déjà importés&#xa0;; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n payout(s), </source>
        <translation>
            <numerusform>%n versement, </numerusform>
            <numerusform>%n versements, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n new donor(s).</source>
        <translation>
            <numerusform>%n nouveau donateur.</numerusform>
            <numerusform>%n nouveaux donateurs.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the campaign these donations go to: the platform&apos;s project %1 is not tied to a campaign of this desk yet.</source>
        <translation>Choisissez la campagne à laquelle ces dons sont destinés&#xa0;: le projet %1 de la plateforme n&apos;est encore associé à aucune campagne de ce bureau.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>casedesk::PressArticlesEditor</name>
    <message>
        <location filename="../ui/campaigns/PressArticlesEditor.cpp" line="+24"/>
        <source>Add article</source>
        <translation>Ajouter un article</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove article</source>
        <translation>Supprimer l&apos;article</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outlet</source>
        <translation>Média</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Article %1: %2</source>
        <translation>Article %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>link: &quot;%1&quot; is not a web address; type one such as https://www.example.org/article</source>
        <translation>lien&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une adresse web&#xa0;; tapez-en une comme https://www.example.org/article</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>date: %1</source>
        <translation>date&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>casedesk::ProcedureDialog</name>
    <message>
        <location filename="../ui/procedures/ProcedureDialog.cpp" line="+45"/>
        <source>New procedure</source>
        <translation>Nouvelle procédure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit procedure</source>
        <translation>Modifier la procédure</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>None (first instance)</source>
        <translation>Aucune (première instance)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>e.g. Tribunal administratif de Toulouse</source>
        <translation>Ex.&#xa0;: Tribunal administratif de Toulouse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Docket number given by the court registry</source>
        <translation>Numéro d&apos;affaire attribué par le greffe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Association X c/ Préfet du Tarn</source>
        <translation>Ex.&#xa0;: Association X c/ Préfet du Tarn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Courts in the Bas-Rhin, Haut-Rhin and Moselle also close on Good Friday and 26 December; deadlines are moved over those days.</source>
        <translation>Dans le Bas-Rhin, le Haut-Rhin et la Moselle, les juridictions sont aussi fermées le Vendredi saint et le 26 décembre&#xa0;; les délais qui expirent ces jours-là sont prorogés.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Court:</source>
        <translation>&amp;Juridiction&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Court &amp;name:</source>
        <translation>&amp;Nom de la juridiction&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case n&amp;umber:</source>
        <translation>Numéro d&apos;affai&amp;re&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lawyer:</source>
        <translation>A&amp;vocat&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Parties:</source>
        <translation>&amp;Parties&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Appeal of:</source>
        <translation>&amp;Appel contre&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Holidays:</source>
        <translation>Jours &amp;fériés&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
</context>
<context>
    <name>casedesk::ProcedureRepository</name>
    <message>
        <location filename="../models/procedures/ProcedureRepository.cpp" line="+78"/>
        <source>Campaign: no campaign has the identifier %1.</source>
        <translation>Campagne&#xa0;: aucune campagne n&apos;a l&apos;identifiant %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Court: give the name of the court or body.</source>
        <translation>Juridiction&#xa0;: indiquez le nom de la juridiction ou de l&apos;organisme.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Appeal of: a procedure cannot appeal itself.</source>
        <translation>Appel contre&#xa0;: une procédure ne peut pas faire appel d&apos;elle-même.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Appeal of: no procedure has the identifier %1.</source>
        <translation>Appel contre&#xa0;: aucune procédure n&apos;a l&apos;identifiant %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Appeal of: &quot;%1&quot; belongs to another campaign.</source>
        <translation>Appel contre&#xa0;: «&#xa0;%1&#xa0;» appartient à une autre campagne.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Appeal of: &quot;%1&quot; already depends on this procedure; the appeal chain would go round in a circle.</source>
        <translation>Appel contre&#xa0;: «&#xa0;%1&#xa0;» dépend déjà de cette procédure&#xa0;; la chaîne des appels tournerait en rond.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The procedure &quot;%1&quot; no longer exists; it was deleted elsewhere.</source>
        <translation>La procédure «&#xa0;%1&#xa0;» n&apos;existe plus&#xa0;; elle a été supprimée ailleurs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The procedure &quot;%1&quot; was changed elsewhere since it was opened; it has been reloaded.</source>
        <translation>La procédure «&#xa0;%1&#xa0;» a été modifiée ailleurs depuis son ouverture&#xa0;; elle a été rechargée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The procedure &quot;%1&quot; cannot move to another campaign.</source>
        <translation>La procédure «&#xa0;%1&#xa0;» ne peut pas être rattachée à une autre campagne.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No procedure has the identifier %1.</source>
        <translation>Aucune procédure n&apos;a l&apos;identifiant %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The procedure &quot;%1&quot; is appealed by &quot;%2&quot;; delete the appeal first.</source>
        <translation>La procédure «&#xa0;%1&#xa0;» fait l&apos;objet d&apos;un appel («&#xa0;%2&#xa0;»)&#xa0;; supprimez d&apos;abord l&apos;appel.</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>%1 identifier &quot;%2&quot; is too short; give at least 4 characters of its UUID.</source>
        <translation>%1&#xa0;: l&apos;identifiant «&#xa0;%2&#xa0;» est trop court&#xa0;; indiquez au moins 4 caractères de son UUID.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No %1 has the identifier &quot;%2&quot;.</source>
        <translation>Aucune %1 n&apos;a l&apos;identifiant «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 identifier &quot;%2&quot; matches several records; give more characters.</source>
        <translation>%1&#xa0;: l&apos;identifiant «&#xa0;%2&#xa0;» correspond à plusieurs enregistrements&#xa0;; indiquez davantage de caractères.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Procedure</source>
        <translation>Procédure</translation>
    </message>
</context>
<context>
    <name>casedesk::ProceduresPage</name>
    <message>
        <location filename="../ui/procedures/ProceduresPage.cpp" line="+48"/>
        <source>New &amp;appeal…</source>
        <translation>Nouvel &amp;appel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <location line="+422"/>
        <location line="+57"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="-482"/>
        <source>Add &amp;milestone…</source>
        <translation>Ajouter une é&amp;tape…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+311"/>
        <source>Mark &amp;met</source>
        <translation>Marquer comme &amp;respectée</translation>
    </message>
    <message>
        <location line="-307"/>
        <source>&amp;Campaign:</source>
        <translation>&amp;Campagne&#xa0;:</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Procedure</source>
        <translation>Procédure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Procedures and their appeals</source>
        <translation>Procédures et leurs appels</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New procedure…</source>
        <translation>&amp;Nouvelle procédure…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A procedure that challenges the selected one&apos;s decision (appeal, pourvoi).</source>
        <translation>Une procédure qui conteste la décision rendue dans la procédure sélectionnée (appel, pourvoi).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Milestone</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Public page</source>
        <translation>Page publique</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select a deadline to see how it was computed.</source>
        <translation>Sélectionnez une échéance pour voir comment elle a été calculée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the deadline was computed</source>
        <translation>Calcul de l&apos;échéance</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>&lt;i&gt;Create a campaign first; procedures belong to a campaign.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Créez d&apos;abord une campagne&#xa0;; les procédures sont rattachées à une campagne.&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;i&gt;No procedure selected. Add the first one with “New procedure…”.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Aucune procédure sélectionnée. Ajoutez la première avec «&#xa0;Nouvelle procédure…&#xa0;».&lt;/i&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Status: %1</source>
        <translation>Statut&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lawyer: %1</source>
        <translation>Avocat&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parties: %1</source>
        <translation>Parties&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alsace-Moselle holidays</source>
        <translation>Jours fériés d&apos;Alsace-Moselle</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Shown</source>
        <translation>Affichée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown on the campaign&apos;s public page (kind, date and title)</source>
        <translation>Affichée sur la page publique de la campagne (type, date et titre)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Met</source>
        <translation>Respectée</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Due: %1</source>
        <translation>Échéance&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entered by hand, not computed by a rule.</source>
        <translation>Saisie à la main, non calculée par une règle.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Re&amp;open</source>
        <translation>R&amp;ouvrir</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Create a campaign first; procedures belong to a campaign.</source>
        <translation>Créez d&apos;abord une campagne&#xa0;; les procédures sont rattachées à une campagne.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Delete procedure</source>
        <translation>Supprimer la procédure</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete &quot;%1&quot; and its %n milestone(s)?</source>
        <translation>
            <numerusform>Supprimer «&#xa0;%1&#xa0;» et %n étape&#xa0;?</numerusform>
            <numerusform>Supprimer «&#xa0;%1&#xa0;» et ses %n étapes&#xa0;?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Delete milestone</source>
        <translation>Supprimer l&apos;étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete &quot;%1&quot; of %2?</source>
        <translation>Supprimer «&#xa0;%1&#xa0;» du %2&#xa0;?</translation>
    </message>
</context>
<context>
    <name>casedesk::ProposalTableModel</name>
    <message>
        <location filename="../models/itemmodels/ProposalTableModel.cpp" line="+61"/>
        <source>(no bank line) payout %1</source>
        <translation>(sans ligne de relevé) versement %1</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank line</source>
        <translation>Ligne de relevé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Matches</source>
        <translation>Correspond à</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reasons</source>
        <translation>Motifs</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Amount and reference</source>
        <translation>Montant et référence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount and date</source>
        <translation>Montant et date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deposit of several gifts</source>
        <translation>Remise de plusieurs dons</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payout&apos;s donations</source>
        <translation>Dons du versement</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>payout %1, %2</source>
        <translation>versement %1, %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Anonymous</source>
        <translation>Anonyme</translation>
    </message>
</context>
<context>
    <name>casedesk::ProposalsPane</name>
    <message>
        <location filename="../ui/donations/ProposalsPane.cpp" line="+19"/>
        <source>Proposed matches</source>
        <translation>Rapprochements proposés</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accept selected</source>
        <translation>Accepter la sélection</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject selected</source>
        <translation>Rejeter la sélection</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept all at or above this score</source>
        <translation>Accepter toutes les propositions à partir de ce score</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Accept matches</source>
        <translation>Accepter les rapprochements</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reject matches</source>
        <translation>Rejeter les rapprochements</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n proposal(s) could not be decided:</source>
        <translation>
            <numerusform>%n proposition n&apos;a pas pu être traitée&#xa0;:</numerusform>
            <numerusform>%n propositions n&apos;ont pas pu être traitées&#xa0;:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::ReceiptListModel</name>
    <message>
        <location filename="../models/itemmodels/ReceiptListModel.cpp" line="+13"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issued</source>
        <translation>Émis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Donor</source>
        <translation>Donateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gifts of</source>
        <translation>Date des dons</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cancelled on %1: %2</source>
        <translation>Annulé le %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Replaces %1</source>
        <translation>Remplace %1</translation>
    </message>
</context>
<context>
    <name>casedesk::ReceiptSettingsDialog</name>
    <message>
        <location filename="../ui/settings/ReceiptSettingsDialog.cpp" line="+25"/>
        <source>This desk issues the association&apos;s tax receipts</source>
        <translation>Ce bureau émet les reçus fiscaux de l&apos;association</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tax receipts</source>
        <translation>Reçus fiscaux</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Only one desk of the association numbers and issues the receipts (the treasurer&apos;s); the others see them after sync, read-only.</source>
        <translation>Un seul bureau de l&apos;association numérote et émet les reçus (celui du trésorier)&#xa0;; les autres les voient après synchronisation, en lecture seule.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Another desk (%1) has issued receipts. Tick the box only if this desk takes over from it, and stop issuing there.</source>
        <translation>Un autre bureau (%1) a émis des reçus. Ne cochez la case que si ce bureau prend sa suite, et cessez d&apos;en émettre là-bas.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No receipt in the yearly batch under (€)</source>
        <translation>Pas de reçu dans le lot annuel sous (€)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counterparts not deducted, per donor and year, up to (€)</source>
        <translation>Contreparties non déduites, par donateur et par an, jusqu&apos;à (€)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amounts in words</source>
        <translation>Montants en lettres</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Receipt settings saved: this desk issues the receipts.</source>
        <translation>Réglages des reçus enregistrés&#xa0;: ce bureau émet les reçus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt settings saved: this desk does not issue receipts.</source>
        <translation>Réglages des reçus enregistrés&#xa0;: ce bureau n&apos;émet pas de reçus.</translation>
    </message>
</context>
<context>
    <name>casedesk::ReceiptsView</name>
    <message>
        <location filename="../ui/donations/ReceiptsView.cpp" line="+48"/>
        <source>The year the receipts were numbered in (their number starts with it).</source>
        <translation>L&apos;année où les reçus ont été numérotés (leur numéro commence par elle).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Issue receipts…</source>
        <translation>É&amp;mettre les reçus…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;gister…</source>
        <translation>Re&amp;gistre…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Declaration…</source>
        <translation>&amp;Déclaration…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipts numbered in</source>
        <translation>Reçus numérotés en</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Open the PDF</source>
        <translation>&amp;Ouvrir le PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a &amp;copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ca&amp;ncel the receipt…</source>
        <translation>A&amp;nnuler le reçu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replace…</source>
        <translation>Rem&amp;placer…</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>deleted</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2, gift %3)</source>
        <translation>%1 (%2, don %3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To redo after a refund: %1. Cancel each, or replace it by a receipt for the gifts still paid.</source>
        <translation>À refaire après un remboursement&#xa0;: %1. Annulez chacun, ou remplacez-le par un reçu des dons encore payés.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No receipt numbered in %1 yet. Issue receipts… issues those due for a year&apos;s gifts.</source>
        <translation>Aucun reçu numéroté en %1 pour l&apos;instant. Émettre les reçus… émet ceux dus pour les dons d&apos;une année.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a receipt to see its gifts and its PDF.</source>
        <translation>Choisissez un reçu pour voir ses dons et son PDF.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (SIREN %1)</source>
        <translation> (SIREN %1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> less a counterpart of %1</source>
        <translation> moins une contrepartie de %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gifts: %1. Receipted: %2.</source>
        <translation>Dons&#xa0;: %1. Montant du reçu&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled on %1: %2</source>
        <translation>Annulé le %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replaces receipt %1.</source>
        <translation>Remplace le reçu %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancel the receipt</source>
        <translation>Annuler le reçu</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Replace the receipt</source>
        <translation>Remplacer le reçu</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cancel receipt %1</source>
        <translation>Annuler le reçu %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is it cancelled? Its number stays in the register, marked cancelled, with this reason.</source>
        <translation>Pourquoi l&apos;annuler&#xa0;? Son numéro reste au registre, marqué annulé, avec ce motif.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Replace receipt %1</source>
        <translation>Remplacer le reçu %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is it replaced? It is cancelled with this reason, and a new receipt for its gifts still paid, with the donor as recorded now, says that it replaces it.</source>
        <translation>Pourquoi le remplacer&#xa0;? Il est annulé avec ce motif, et un nouveau reçu de ses dons encore payés, avec le donateur tel qu&apos;enregistré maintenant, indique qu&apos;il le remplace.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Open the PDF</source>
        <translation>Ouvrir le PDF</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Folder for the copy</source>
        <translation>Dossier de la copie</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Register</source>
        <translation>Registre</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Register of the receipts numbered in %1</source>
        <translation>Registre des reçus numérotés en %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>register-%1.pdf</source>
        <translation>registre-%1.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf);;CSV for a spreadsheet (*.csv)</source>
        <translation>PDF (*.pdf);;CSV pour un tableur (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Gifts received in %1: %n receipt(s) issued, %2 in all (%3 cancelled, left out).
Deadline: %4 (the second working day after 1 May, for a financial year ending on 31 December; three months after the close otherwise).
Where: with the results return (2065-SD, frame L; or 2070-SD), or on demarches-simplifiees.fr (&quot;déclaration des dons&quot;) for an association that files neither (art. 222 bis CGI).</source>
        <translation>
            <numerusform>Dons reçus en %1&#xa0;: %n reçu émis, %2 en tout (%3 annulés, non comptés).
Date limite&#xa0;: %4 (le deuxième jour ouvré suivant le 1er mai, pour un exercice clos le 31 décembre&#xa0;; trois mois après la clôture sinon).
Où&#xa0;: avec la déclaration de résultats (2065-SD, cadre L&#xa0;; ou 2070-SD), ou sur demarches-simplifiees.fr («&#xa0;déclaration des dons&#xa0;») pour une association qui ne dépose ni l&apos;une ni l&apos;autre (art. 222 bis CGI).</numerusform>
            <numerusform>Dons reçus en %1&#xa0;: %n reçus émis, %2 en tout (%3 annulés, non comptés).
Date limite&#xa0;: %4 (le deuxième jour ouvré suivant le 1er mai, pour un exercice clos le 31 décembre&#xa0;; trois mois après la clôture sinon).
Où&#xa0;: avec la déclaration de résultats (2065-SD, cadre L&#xa0;; ou 2070-SD), ou sur demarches-simplifiees.fr («&#xa0;déclaration des dons&#xa0;») pour une association qui ne dépose ni l&apos;une ni l&apos;autre (art. 222 bis CGI).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+3"/>
        <source>Yearly declaration of gifts</source>
        <translation>Déclaration annuelle des dons</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Gifts received in:</source>
        <translation>Dons reçus en&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Issue receipts</source>
        <translation>Émettre les reçus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For the gifts received in:</source>
        <translation>Pour les dons reçus en&#xa0;:</translation>
    </message>
</context>
<context>
    <name>casedesk::ReconciliationPeriodModel</name>
    <message>
        <location filename="../models/itemmodels/ReconciliationPeriodModel.cpp" line="+42"/>
        <source>Closed</source>
        <translation>Clôturée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reopened</source>
        <translation>Rouverte</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement balance</source>
        <translation>Solde du relevé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>casedesk::ReconciliationView</name>
    <message>
        <location filename="../ui/donations/ReconciliationView.cpp" line="+37"/>
        <source>Find matches</source>
        <translation>Chercher des rapprochements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>All accounts</source>
        <translation>Tous les comptes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n proposal(s) left.</source>
        <translation>
            <numerusform>%n proposition restante.</numerusform>
            <numerusform>%n propositions restantes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Looking for matches…</source>
        <translation>Recherche de rapprochements…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The desk could not be read: %1</source>
        <translation>Impossible de lire le bureau&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n proposal(s).</source>
        <translation>
            <numerusform>%n proposition.</numerusform>
            <numerusform>%n propositions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::RecordVoteDialog</name>
    <message>
        <location filename="../ui/review/RecordVoteDialog.cpp" line="+29"/>
        <source>Record a vote</source>
        <translation>Enregistrer un vote</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>e.g. board meeting of 12 November, e-mail of 3 December</source>
        <translation>p. ex. séance du conseil du 12 novembre, courriel du 3 décembre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Member:</source>
        <translation>&amp;Membre&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Vote:</source>
        <translation>&amp;Vote&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>Moti&amp;f&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Given by:</source>
        <translation>&amp;Donné par&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Where and when:</source>
        <translation>&amp;Où et quand&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Round %1, dossier %2. The vote is marked as recorded by you, with where it came from.</source>
        <translation>Tour %1, dossier %2. Le vote est marqué comme enregistré par vous, avec son origine.</translation>
    </message>
</context>
<context>
    <name>casedesk::ReminderDialog</name>
    <message>
        <location filename="../ui/procedures/ReminderDialog.cpp" line="+35"/>
        <source>Remind me at start-up of deadlines due within</source>
        <translation>Au démarrage, me rappeler les échéances à venir sous</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deadlines</source>
        <translation>Échéances</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;Overdue: %1.&lt;/b&gt; Due within %2 days: %3. Check that each overdue deadline was met, then mark it so.</source>
        <translation>&lt;b&gt;Échéances dépassées&#xa0;: %1.&lt;/b&gt; À venir sous %2 jours&#xa0;: %3. Vérifiez que chaque échéance dépassée a bien été respectée, puis marquez-la comme telle.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Due within %1 days: %2.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Échéances à venir sous %1 jours&#xa0;: %2.&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Procedure</source>
        <translation>Procédure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location line="+24"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Open deadlines</source>
        <translation>&amp;Ouvrir les échéances</translation>
    </message>
</context>
<context>
    <name>casedesk::RetentionDialog</name>
    <message>
        <location filename="../ui/donations/RetentionDialog.cpp" line="+68"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Donor</source>
        <translation>Donateur</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Archived on</source>
        <translation>Archivé le</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kept until</source>
        <translation>Conservé jusqu&apos;au</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Legal basis</source>
        <translation>Fondement juridique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+71"/>
        <location line="+4"/>
        <source>Purge</source>
        <translation>Purger</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Retention of donors&apos; data</source>
        <translation>Conservation des données des donateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Due for purge</source>
        <translation>À purger</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+8"/>
        <source>Consent to renew</source>
        <translation>Consentements à renouveler</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+10"/>
        <source>Privacy log</source>
        <translation>Journal des données personnelles</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Every export, erasure and purge of a donor&apos;s data: who, when, what and why.</source>
        <translation>Chaque export, effacement et purge des données d&apos;un donateur&#xa0;: qui, quand, quoi et pourquoi.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No erased donor&apos;s archive has reached the end of its period.</source>
        <translation>Aucune archive de donateur effacé n&apos;a atteint la fin de sa période.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n erased donor(s) whose restricted archive (the name, address and SIREN the law made the association keep) has passed its last day: purge it.</source>
        <translation>
            <numerusform>%n donateur effacé dont l&apos;archive restreinte (le nom, l&apos;adresse et le SIREN que la loi faisait garder à l&apos;association) a dépassé son dernier jour&#xa0;: purgez-la.</numerusform>
            <numerusform>%n donateurs effacés dont l&apos;archive restreinte (le nom, l&apos;adresse et le SIREN que la loi faisait garder à l&apos;association) a dépassé son dernier jour&#xa0;: purgez-la.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n donor(s) agreed to be contacted but have not been in touch for %1 years: ask them again before soliciting them.</source>
        <translation>
            <numerusform>%n donateur a accepté d&apos;être contacté mais ne s&apos;est pas manifesté depuis %1 ans&#xa0;: redemandez-lui son accord avant de le solliciter.</numerusform>
            <numerusform>%n donateurs ont accepté d&apos;être contactés mais ne se sont pas manifestés depuis %1 ans&#xa0;: redemandez-leur leur accord avant de les solliciter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Delete for good the restricted archive of %n erased donor(s)? Their gifts stay in the accounts.</source>
        <translation>
            <numerusform>Supprimer définitivement l&apos;archive restreinte de %n donateur effacé&#xa0;? Ses dons restent dans les comptes.</numerusform>
            <numerusform>Supprimer définitivement l&apos;archive restreinte de %n donateurs effacés&#xa0;? Leurs dons restent dans les comptes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n archive(s) purged; the purges are in the privacy log.</source>
        <translation>
            <numerusform>%n archive purgée&#xa0;; la purge figure dans le journal des données personnelles.</numerusform>
            <numerusform>%n archives purgées&#xa0;; les purges figurent dans le journal des données personnelles.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::ReviewPage</name>
    <message>
        <location filename="../ui/review/ReviewPage.cpp" line="+46"/>
        <source>not submitted</source>
        <translation>non soumise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>round %1: %2 of %3 votes</source>
        <translation>tour %1&#xa0;: %2 votes sur %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>changed since round %1</source>
        <translation>modifiée depuis le tour %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>approved (round %1)</source>
        <translation>approuvée (tour %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rejected (round %1)</source>
        <translation>rejetée (tour %1)</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+237"/>
        <source>Submit for review</source>
        <translation>Soumettre à la relecture</translation>
    </message>
    <message>
        <location line="-236"/>
        <source>Dossier PDF…</source>
        <translation>Dossier PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes PDF…</source>
        <translation>Procès-verbal PDF…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Campaigns to review</source>
        <translation>Campagnes à relire</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Round:</source>
        <translation>&amp;Tour&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Freezes the dossier as it is now and opens a round of the board&apos;s review on it.</source>
        <translation>Fige le dossier tel qu&apos;il est maintenant et ouvre sur lui un tour de relecture du conseil.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The dossier as the board reads it, in French or English, with its table of contents and the review so far.</source>
        <translation>Le dossier tel que le conseil le lit, en français ou en anglais, avec sa table des matières et la relecture à ce jour.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An extract of the minutes of the board&apos;s decision on this round, in French.</source>
        <translation>Un extrait du procès-verbal de la décision du conseil sur ce tour, en français.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>My vote</source>
        <translation>Mon vote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rounds</source>
        <translation>Tours</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Waiting for my vote</source>
        <translation>En attente de mon vote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All campaigns</source>
        <translation>Toutes les campagnes</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Round %1, opened %2</source>
        <translation>Tour %1, ouvert le %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing waits for your vote.</source>
        <translation>Rien n&apos;attend votre vote.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This desk belongs to no board member (Association ▸ Board).</source>
        <translation>Ce bureau n&apos;appartient à aucun membre du conseil (Association ▸ Conseil).</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Round %1 — %2 — %3</source>
        <translation>Tour %1 — %2 — %3</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Open a new round</source>
        <translation>Ouvrir un nouveau tour</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No campaign yet. Campaigns are drafted in the Campaigns area, then submitted here to the board.</source>
        <translation>Aucune campagne pour l&apos;instant. Les campagnes se rédigent dans l&apos;espace Campagnes, puis se soumettent ici au conseil.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;%1&lt;/b&gt; has not been submitted to the board. &lt;i&gt;Submit for review&lt;/i&gt; freezes the dossier as it is now: the board reads and votes on that version.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; n&apos;a pas été soumise au conseil. &lt;i&gt;Soumettre à la relecture&lt;/i&gt; fige le dossier tel qu&apos;il est maintenant&#xa0;: le conseil lit cette version et vote sur elle.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — round %2, opened %3 by %4. Dossier fingerprint &lt;b&gt;%5&lt;/b&gt;.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — tour %2, ouvert le %3 par %4. Empreinte du dossier &lt;b&gt;%5&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Superseded: %1. Its votes and comments are kept; they count for no later round.</source>
        <translation>Caduc&#xa0;: %1. Ses votes et commentaires sont conservés&#xa0;; ils ne comptent pour aucun tour suivant.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 on %2.</source>
        <translation>%1 le %2.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Round %1 opened on dossier %2</source>
        <translation>Tour %1 ouvert sur le dossier %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+19"/>
        <source>Dossier PDF</source>
        <translation>Dossier PDF</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Language of the dossier:</source>
        <translation>Langue du dossier&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dossier-round-%1.pdf</source>
        <translation>Dossier-tour-%1.pdf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dossier.pdf</source>
        <translation>Dossier.pdf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the dossier</source>
        <translation>Enregistrer le dossier</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+25"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>The dossier could not be written: %1</source>
        <translation>Le dossier n&apos;a pas pu être écrit&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dossier written: %1</source>
        <translation>Dossier écrit&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save the minutes</source>
        <translation>Enregistrer le procès-verbal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minutes-round-%1.pdf</source>
        <translation>Proces-verbal-tour-%1.pdf</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Minutes PDF</source>
        <translation>Procès-verbal PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The minutes could not be written: %1</source>
        <translation>Le procès-verbal n&apos;a pas pu être écrit&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minutes written: %1</source>
        <translation>Procès-verbal écrit&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>casedesk::RoundHistoryPane</name>
    <message>
        <location filename="../ui/review/RoundHistoryPane.cpp" line="+20"/>
        <source>Rounds and vote history</source>
        <translation>Tours et historique des votes</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Round %1 — %2 — %3</source>
        <translation>Tour %1 — %2 — %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Opened %1 by %2</source>
        <translation>Ouvert le %1 par %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 declared a conflict of interest (%3)</source>
        <translation>%1&#xa0;: %2 a déclaré un conflit d&apos;intérêts (%3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2 changed the vote to %3</source>
        <translation>%1&#xa0;: %2 a changé son vote en «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 voted %3</source>
        <translation>%1&#xa0;: %2 a voté «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(recorded by %1)</source>
        <translation>(enregistré par %1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Superseded %1: %2</source>
        <translation>Caduc le %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2 by %3: %4</source>
        <translation>%1 le %2 par %3&#xa0;: %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No round yet.</source>
        <translation>Aucun tour pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>casedesk::StatementFields</name>
    <message>
        <location filename="../models/donations/statements/StatementFields.cpp" line="+112"/>
        <source>the amount is empty</source>
        <translation>le montant est vide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the amount is not a number</source>
        <translation>le montant n&apos;est pas un nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the amount has more than 2 decimals</source>
        <translation>le montant a plus de 2 décimales</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the amount is too large</source>
        <translation>le montant est trop élevé</translation>
    </message>
</context>
<context>
    <name>casedesk::StatementImportDialog</name>
    <message>
        <location filename="../ui/donations/StatementImportDialog.cpp" line="+178"/>
        <source>Columns…</source>
        <translation>Colonnes…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import a bank statement</source>
        <translation>Importer un relevé bancaire</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lines of the statement</source>
        <translation>Lignes du relevé</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <location line="+157"/>
        <source>Import %n line(s)</source>
        <translation>
            <numerusform>Importer %n ligne</numerusform>
            <numerusform>Importer %n lignes</numerusform>
        </translation>
    </message>
    <message>
        <location line="-152"/>
        <source>New account…</source>
        <translation>Nouveau compte…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bank &amp;account</source>
        <translation>&amp;Compte bancaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV &amp;columns</source>
        <translation>Co&amp;lonnes CSV</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Guessed from the file</source>
        <translation>Déduites du fichier</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The saved columns &quot;%1&quot; cannot be used: %2</source>
        <translation>Les colonnes enregistrées «&#xa0;%1&#xa0;» ne peuvent pas être utilisées&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>This file cannot be imported: %1</source>
        <translation>Ce fichier ne peut pas être importé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New account %1 (from the file)</source>
        <translation>Nouveau compte %1 (d&apos;après le fichier)</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%n new line(s)</source>
        <translation>
            <numerusform>%n nouvelle ligne</numerusform>
            <numerusform>%n nouvelles lignes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n duplicate(s) (already imported; tick one to import it anyway)</source>
        <translation>
            <numerusform>%n doublon (déjà importé&#xa0;; cochez-le pour l&apos;importer quand même)</numerusform>
            <numerusform>%n doublons (déjà importés&#xa0;; cochez-en un pour l&apos;importer quand même)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+43"/>
        <source>New bank account</source>
        <translation>Nouveau compte bancaire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IBAN of the account:</source>
        <translation>IBAN du compte&#xa0;:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Nothing was imported: %1</source>
        <translation>Rien n&apos;a été importé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>casedesk::StatementPreviewModel</name>
    <message>
        <location line="-316"/>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate, import anyway</source>
        <translation>Doublon, à importer quand même</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duplicate</source>
        <translation>Doublon</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>casedesk::StatusHistoryList</name>
    <message>
        <location filename="../ui/campaigns/StatusHistoryList.cpp" line="+24"/>
        <source>%1: created as &quot;%2&quot;</source>
        <translation>%1&#xa0;: créée avec le statut «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 → %3</source>
        <translation>%1&#xa0;: %2 → %3</translation>
    </message>
</context>
<context>
    <name>casedesk::SyncPage</name>
    <message>
        <location filename="../ui/sync/SyncPage.cpp" line="+52"/>
        <source>Use for this session &amp;only</source>
        <translation>&amp;Utiliser pour cette session seulement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ync now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sto&amp;p</source>
        <translation>A&amp;rrêter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync log</source>
        <translation>Journal de synchronisation</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Platform &amp;address:</source>
        <translation>&amp;Adresse de la plateforme&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only for a self-hosted platform with its own certificate authority</source>
        <translation>Uniquement pour une plateforme auto-hébergée ayant sa propre autorité de certification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CA certificates (PEM):</source>
        <translation>Certificats d&apos;AC (PEM)&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Platform token</source>
        <translation>Jeton de la plateforme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save t&amp;oken</source>
        <translation>&amp;Enregistrer le jeton</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Forget token</source>
        <translation>&amp;Oublier le jeton</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Token:</source>
        <translation>&amp;Jeton&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keeps the token in memory until CaseDesk quits; it is asked again at the next start.</source>
        <translation>Garde le jeton en mémoire jusqu&apos;à ce que CaseDesk se ferme&#xa0;; il sera redemandé au prochain démarrage.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Off</source>
        <translation>Désactivée</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Toutes les %n minute</numerusform>
            <numerusform>Toutes les %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic s&amp;ync:</source>
        <translation>Synchronisation a&amp;utomatique&#xa0;:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Stops after the current request; what was not sent waits for the next sync.</source>
        <translation>S&apos;arrête après la requête en cours&#xa0;; ce qui n&apos;a pas été envoyé attend la prochaine synchronisation.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>CA certificates of the platform</source>
        <translation>Certificats d&apos;AC de la plateforme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>A token is saved for this platform.</source>
        <translation>Un jeton est enregistré pour cette plateforme.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No token is saved for this platform yet.</source>
        <translation>Aucun jeton n&apos;est enregistré pour cette plateforme.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A token is stored; type a new one to replace it</source>
        <translation>Un jeton est enregistré&#xa0;; saisissez-en un nouveau pour le remplacer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste the token the platform gave this desk</source>
        <translation>Collez le jeton que la plateforme a attribué à ce bureau</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>You can use this token for this session only: it is kept in memory until CaseDesk quits, and asked again at the next start.</source>
        <translation>Vous pouvez utiliser ce jeton pour cette session seulement&#xa0;: il est gardé en mémoire jusqu&apos;à ce que CaseDesk se ferme, et redemandé au prochain démarrage.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The token is not saved.</source>
        <translation>Le jeton n&apos;est pas enregistré.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Token saved in the keychain.</source>
        <translation>Jeton enregistré dans le trousseau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token kept in memory for this session.</source>
        <translation>Jeton conservé en mémoire pour cette session.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the keychain refused to store the token when it was saved.</source>
        <translation>le trousseau a refusé de ranger le jeton lors de son enregistrement.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Token forgotten.</source>
        <translation>Jeton oublié.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No token for this platform: paste the token and save it. (%1)</source>
        <translation>Aucun jeton pour cette plateforme&#xa0;: collez le jeton et enregistrez-le. (%1)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Syncing with %1…</source>
        <translation>Synchronisation avec %1…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Testing the connection to %1…</source>
        <translation>Test de la connexion à %1…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Automatic sync.</source>
        <translation>Synchronisation automatique.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>In step with the platform.</source>
        <translation>À jour avec la plateforme.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Synced; some records changed on both sides: decide them under Conflicts.</source>
        <translation>Synchronisé&#xa0;; certains enregistrements ont été modifiés des deux côtés&#xa0;: tranchez dans l&apos;onglet Conflits.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Synced; %n change(s) could not be sent yet.</source>
        <translation>
            <numerusform>Synchronisé&#xa0;; %n modification n&apos;a pas encore pu être envoyée.</numerusform>
            <numerusform>Synchronisé&#xa0;; %n modifications n&apos;ont pas encore pu être envoyées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connection failed: %1</source>
        <translation>Échec de la connexion&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n modification en attente d&apos;envoi</numerusform>
            <numerusform>%n modifications en attente d&apos;envoi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n conflict(s) to decide</source>
        <translation>
            <numerusform>%n conflit à trancher</numerusform>
            <numerusform>%n conflits à trancher</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::VotePanel</name>
    <message>
        <location filename="../ui/review/VotePanel.cpp" line="+30"/>
        <source>Cast my signed vote</source>
        <translation>Voter (vote signé)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create my signing key</source>
        <translation>Créer ma clé de signature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declare a conflict of interest…</source>
        <translation>Déclarer un conflit d&apos;intérêts…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a vote…</source>
        <translation>Enregistrer un vote…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+136"/>
        <location line="+10"/>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Reason (required to reject; shown in the minutes)</source>
        <translation>Motif (obligatoire pour rejeter&#xa0;; figure au procès-verbal)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Signs the vote with your key, kept in this computer&apos;s keychain: the signature covers the dossier&apos;s fingerprint, you, the vote, its reason and its time.</source>
        <translation>Signe le vote avec votre clé, gardée dans le trousseau de cet ordinateur&#xa0;: la signature couvre l&apos;empreinte du dossier, vous, le vote, son motif et son heure.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Makes your signing key: the private half stays in this computer&apos;s keychain, the public half goes with your name in the board list so every desk can verify your votes.</source>
        <translation>Crée votre clé de signature&#xa0;: la partie privée reste dans le trousseau de cet ordinateur, la partie publique accompagne votre nom dans la liste du conseil pour que chaque bureau vérifie vos votes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A member with an interest in the case is recused: counted neither for the quorum nor in the votes.</source>
        <translation>Un membre intéressé à l&apos;affaire est déporté&#xa0;: il ne compte ni pour le quorum ni dans les votes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Secretary</source>
        <translation>Secrétaire</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>This desk belongs to no board member, so it casts no vote. A member votes from their own desk (Association ▸ Board ▸ This desk belongs to), or the secretary records the vote.</source>
        <translation>Ce bureau n&apos;appartient à aucun membre du conseil&#xa0;: il ne vote pas. Un membre vote depuis son propre bureau (Association ▸ Conseil ▸ Ce bureau appartient à), ou le secrétaire enregistre son vote.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You are %1. No round is open on this campaign.</source>
        <translation>Vous êtes %1. Aucun tour n&apos;est ouvert sur cette campagne.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are %1, recused in this round for a conflict of interest.</source>
        <translation>Vous êtes %1, déporté(e) dans ce tour pour conflit d&apos;intérêts.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are %1. Your vote: &lt;b&gt;%2&lt;/b&gt;, %3. %4</source>
        <translation>Vous êtes %1. Votre vote&#xa0;: &lt;b&gt;%2&lt;/b&gt;, %3. %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You may change it until the round is decided.</source>
        <translation>Vous pouvez le changer jusqu&apos;à la décision.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are %1. You have not voted yet.</source>
        <translation>Vous êtes %1. Vous n&apos;avez pas encore voté.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are %1. You did not vote in this round.</source>
        <translation>Vous êtes %1. Vous n&apos;avez pas voté dans ce tour.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You have no signing key yet: create it once on this computer.</source>
        <translation>Vous n&apos;avez pas encore de clé de signature&#xa0;: créez-la une fois sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A vote given at a meeting, by e-mail, letter or telephone is recorded here, marked as recorded by you.</source>
        <translation>Un vote donné en séance, par courriel, lettre ou téléphone s&apos;enregistre ici, marqué comme enregistré par vous.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the secretary&apos;s desk records votes given at a meeting or by e-mail.</source>
        <translation>Seul le bureau du secrétaire enregistre les votes donnés en séance ou par courriel.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your signing key could not be read: %1</source>
        <translation>Votre clé de signature n&apos;a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Signing key</source>
        <translation>Clé de signature</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key could not be kept in this computer&apos;s keychain, so no key was made: %1</source>
        <translation>La clé n&apos;a pas pu être gardée dans le trousseau de cet ordinateur, aucune clé n&apos;a donc été créée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+22"/>
        <source>Conflict of interest</source>
        <translation>Conflit d&apos;intérêts</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>The interest you have in this case (it goes in the minutes). You will be recused: counted neither for the quorum nor in the votes.</source>
        <translation>L&apos;intérêt que vous avez dans cette affaire (il figure au procès-verbal). Vous serez déporté(e)&#xa0;: ni compté(e) pour le quorum ni dans les votes.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+40"/>
        <source>CaseDesk cannot open the desk</source>
        <translation>CaseDesk ne peut pas ouvrir le bureau</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checking the desk for damage…</source>
        <translation>Vérification de l&apos;intégrité du bureau…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Desk checked: no damage found.</source>
        <translation>Bureau vérifié&#xa0;: aucun dommage trouvé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The desk is damaged</source>
        <translation>Le bureau est endommagé</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot write the screenshot %1</source>
        <translation>impossible d&apos;écrire la capture d&apos;écran %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Deadlines: %1 overdue, %2 due soon</source>
        <translation>Échéances dépassées&#xa0;: %1&#xa0;; prochaines échéances&#xa0;: %2</translation>
    </message>
</context>
</TS>
