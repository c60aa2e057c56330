<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AssociationRules</name>
    <message>
        <location filename="../models/campaigns/Association.cpp" line="+45"/>
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
        <location filename="../app/cli/CampaignCommands.cpp" line="+97"/>
        <source>%1: unknown value &quot;%2&quot;; use one of %3.</source>
        <translation>%1&#xa0;: valeur inconnue «&#xa0;%2&#xa0;»&#xa0;; utilisez l&apos;une des valeurs suivantes&#xa0;: %3.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The campaign %1 was just deleted.</source>
        <translation>La campagne %1 vient d&apos;être supprimée.</translation>
    </message>
    <message>
        <location line="+118"/>
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
        <location line="+15"/>
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
        <source>How the money will be used</source>
        <translation>Utilisation des fonds</translation>
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
        <location line="+6"/>
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
        <location line="+12"/>
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
        <location line="+16"/>
        <source>Platform fees on the goal:</source>
        <translation>Frais de plateforme sur l&apos;objectif&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Status history:</source>
        <translation>Historique des statuts&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Exported campaign %1 to %2.</source>
        <translation>Campagne %1 exportée vers %2.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Campaign %1: %2 saved.</source>
        <translation>Campagne %1&#xa0;: champ %2 enregistré.</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <source>Campaign %1 cannot go from %2 to %3:</source>
        <translation>La campagne %1 ne peut pas passer de %2 à %3&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Campaign %1: %2 -&gt; %3.</source>
        <translation>Campagne %1&#xa0;: %2 -&gt; %3.</translation>
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
        <location line="+3"/>
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
        <translation>Ajouter un article de presse (URL http ou https, DATE au format yyyy-mm-dd).</translation>
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
        <location filename="../models/campaigns/CampaignJson.cpp" line="+43"/>
        <source>%1: &quot;%2&quot; must be a whole, non-negative number of cents.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» doit être un nombre entier positif ou nul de centimes.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Campaign &quot;%1&quot;</source>
        <translation>Campagne «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+12"/>
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
    <name>CliContext</name>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="+115"/>
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
        <location line="+140"/>
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
        <location filename="../app/cli/CommandTable.cpp" line="+105"/>
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
        <location line="+6"/>
        <source>Unexpected argument &quot;%1&quot; (put a value with spaces in quotes).</source>
        <translation>Argument inattendu «&#xa0;%1&#xa0;» (mettez entre guillemets une valeur qui contient des espaces).</translation>
    </message>
    <message>
        <location line="+25"/>
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
    <name>Database</name>
    <message>
        <location filename="../models/storage/Database.cpp" line="+75"/>
        <source>Cannot create the folder %1 for the desk.</source>
        <translation>Impossible de créer le dossier %1 du bureau.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot read the desk file %1: it is not a readable file.</source>
        <translation>Impossible de lire le fichier du bureau %1&#xa0;: ce n&apos;est pas un fichier lisible.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot open the desk file %1: %2</source>
        <translation>Impossible d&apos;ouvrir le fichier du bureau %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot update the desk file %1 to this version of CaseDesk: %2</source>
        <translation>Impossible de mettre à jour le fichier du bureau %1 pour cette version de CaseDesk&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+75"/>
        <location line="+13"/>
        <source>Cannot write to the desk file %1 (%2). Check that the file and its folder are writable.</source>
        <translation>Impossible d&apos;écrire dans le fichier du bureau %1 (%2). Vérifiez que le fichier et son dossier sont accessibles en écriture.</translation>
    </message>
    <message>
        <location line="-84"/>
        <location line="+7"/>
        <location line="+25"/>
        <source>The file %1 is not a CaseDesk desk or is damaged (%2).</source>
        <translation>Le fichier %1 n&apos;est pas un bureau CaseDesk ou il est endommagé (%2).</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>The desk %1 was written by a newer version of CaseDesk (data format %2; this version reads up to %3). It was left untouched: please update CaseDesk.</source>
        <translation>Le bureau %1 a été écrit par une version plus récente de CaseDesk (format de données %2&#xa0;; cette version lit jusqu&apos;au format %3). Il n&apos;a pas été modifié&#xa0;: veuillez mettre à jour CaseDesk.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file %1 is an SQLite database of another program, not a CaseDesk desk. It was left untouched.</source>
        <translation>Le fichier %1 est une base de données SQLite d&apos;un autre programme, pas un bureau CaseDesk. Il n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <location line="+29"/>
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
        <source>Cannot prepare a statement: %1</source>
        <translation>Impossible de préparer une requête&#xa0;: %1</translation>
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
        <location filename="../app/cli/DeadlineCommands.cpp" line="+36"/>
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
        <location line="+16"/>
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
    <name>DemoData</name>
    <message>
        <location filename="../models/demo/DemoData.cpp" line="+21"/>
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
        <location line="+39"/>
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
    <name>DeskCommands</name>
    <message>
        <location filename="../app/cli/DeskCommands.cpp" line="+69"/>
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
        <location line="+10"/>
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
        <location line="+12"/>
        <source>Fill an empty desk with the demo association and campaigns.</source>
        <translation>Remplir un bureau vide avec l&apos;association et les campagnes de démonstration.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show the desk file, its data format version, campaigns and changes waiting to sync.</source>
        <translation>Afficher le fichier du bureau, la version de son format de données, les campagnes et les modifications en attente de synchronisation.</translation>
    </message>
</context>
<context>
    <name>EvidenceCommands</name>
    <message>
        <location filename="../app/cli/EvidenceCommands.cpp" line="+70"/>
        <source>The option %1 ID is required.</source>
        <translation>L&apos;option %1 ID est obligatoire.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The campaign %1 was just deleted.</source>
        <translation>La campagne %1 vient d&apos;être supprimée.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: &quot;%2&quot; is not a piece number (1 for the first piece).</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un numéro de pièce (1 pour la première pièce).</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+394"/>
        <source>The campaign &quot;%1&quot; has no piece no. %2.</source>
        <translation>La campagne «&#xa0;%1&#xa0;» n&apos;a pas de pièce n°&#xa0;%2.</translation>
    </message>
    <message>
        <location line="-323"/>
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
        <location line="+22"/>
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
        <location line="+21"/>
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
        <location line="+17"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+18"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="-18"/>
        <location line="+22"/>
        <source>Visibility</source>
        <translation>Visibilité</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+24"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+25"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+22"/>
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
        <location line="+23"/>
        <source>Piece no. %1 &quot;%2&quot; updated.</source>
        <translation>Pièce n°&#xa0;%1 «&#xa0;%2&#xa0;» mise à jour.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; is now piece no. %2; the list is numbered 1 to %3.</source>
        <translation>«&#xa0;%1&#xa0;» est désormais la pièce n°&#xa0;%2&#xa0;; la liste est numérotée de 1 à %3.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Piece no. %1 &quot;%2&quot; removed; the other pieces keep their numbers.</source>
        <translation>Pièce n°&#xa0;%1 «&#xa0;%2&#xa0;» supprimée&#xa0;; les autres pièces conservent leur numéro.</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
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
        <location line="+12"/>
        <source>%n unreferenced file(s) removed from the evidence folder.</source>
        <translation>
            <numerusform>%n fichier non référencé supprimé du dossier des pièces.</numerusform>
            <numerusform>%n fichiers non référencés supprimés du dossier des pièces.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--set: &quot;%1&quot; is not a size in MiB (1 to 1048576).</source>
        <translation>--set&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une taille en Mio (de 1 à 1048576).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Largest file accepted as a piece: %1 MiB.</source>
        <translation>Taille maximale d&apos;un fichier accepté comme pièce&#xa0;: %1 Mio.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The procedure %1 is not one of the campaign &quot;%2&quot;.</source>
        <translation>La procédure %1 n&apos;appartient pas à la campagne «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The option %1 is required.</source>
        <translation>L&apos;option %1 est obligatoire.</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Bordereau of %n piece(s) written to %1.</source>
        <translation>
            <numerusform>Bordereau de %n pièce écrit dans %1.</numerusform>
            <numerusform>Bordereau de %n pièces écrit dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n piece(s) and the bordereau written to %1:</source>
        <translation>
            <numerusform>%n pièce et le bordereau écrits dans %1&#xa0;:</numerusform>
            <numerusform>%n pièces et le bordereau écrits dans %1&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
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
        <location line="+7"/>
        <source>Write the bordereau de communication de pièces (PDF, in French) of the campaign&apos;s pieces.</source>
        <translation>Écrire le bordereau de communication de pièces (PDF, en français) des pièces de la campagne.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Copy pieces into a folder as Piece_01.pdf, Piece_02.jpg… with their bordereau, each copy checked.</source>
        <translation>Copier des pièces dans un dossier sous les noms Piece_01.pdf, Piece_02.jpg… avec leur bordereau, chaque copie étant vérifiée.</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <translation>FIELD des pièces&#xa0;: %1. LIST&#xa0;: numéros et plages de pièces, par exemple 1,3-5. Dates&#xa0;: yyyy-mm-dd.</translation>
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
    <name>KeychainCredentials</name>
    <message>
        <location filename="../models/sync/Credentials.cpp" line="+53"/>
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
</context>
<context>
    <name>MemoryCredentials</name>
    <message>
        <location line="-44"/>
        <source>No token was given for %1 in this session.</source>
        <translation>Aucun jeton n&apos;a été fourni pour %1 pendant cette session.</translation>
    </message>
</context>
<context>
    <name>ProcedureArguments</name>
    <message>
        <location filename="../app/cli/ProcedureArguments.cpp" line="+58"/>
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
        <location line="+20"/>
        <source>The procedure %1 was just deleted.</source>
        <translation>La procédure %1 vient d&apos;être supprimée.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The milestone %1 was just deleted.</source>
        <translation>L&apos;étape %1 vient d&apos;être supprimée.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>  [met]</source>
        <translation>  [respectée]</translation>
    </message>
</context>
<context>
    <name>ProcedureCommands</name>
    <message>
        <location filename="../app/cli/ProcedureCommands.cpp" line="+59"/>
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
        <location line="+53"/>
        <source>Nothing was changed:</source>
        <translation>Rien n&apos;a été modifié&#xa0;:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Created procedure %1: %2</source>
        <translation>Procédure %1 créée&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+13"/>
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
        <location line="+25"/>
        <source>--deadline auto: a %1 of this procedure starts no deadline CaseDesk knows; name a rule instead.</source>
        <translation>--deadline auto&#xa0;: dans cette procédure, une étape «&#xa0;%1&#xa0;» ne fait courir aucun délai connu de CaseDesk&#xa0;; indiquez plutôt une règle.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Recorded milestone %1: %2 on %3</source>
        <translation>Étape %1 ajoutée&#xa0;: %2, le %3</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+12"/>
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
        <source>Record a milestone; a notification proposes the deadline it starts (--deadline auto records it).</source>
        <translation>Enregistrer une étape&#xa0;; une notification propose le délai qu&apos;elle fait courir (--deadline auto l&apos;enregistre).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change the date, title, note or kind of a milestone; deadlines it started follow its date.</source>
        <translation>Modifier la date, le titre, la note ou le type d&apos;une étape&#xa0;; les délais qu&apos;elle a fait courir suivent sa date.</translation>
    </message>
    <message>
        <location line="+6"/>
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
    <message>
        <location line="+3"/>
        <source>FIELD of a procedure: court, court-name, kind, case-number, lawyer, parties, status, appeals, region, notes; of a milestone: date, title, note, kind.</source>
        <translation>FIELD d&apos;une procédure&#xa0;: court, court-name, kind, case-number, lawyer, parties, status, appeals, region, notes&#xa0;; d&apos;une étape&#xa0;: date, title, note, kind.</translation>
    </message>
</context>
<context>
    <name>ProcedureJson</name>
    <message>
        <location filename="../models/procedures/ProcedureJson.cpp" line="+16"/>
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
    <name>SyncClient</name>
    <message>
        <location filename="../models/sync/SyncClient.cpp" line="+69"/>
        <source>&quot;%1&quot; is not a server address such as https://platform.example.org.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse de serveur comme https://platform.example.org.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server address must start with https:// (plain http is accepted only for this computer, 127.0.0.1).</source>
        <translation>L&apos;adresse du serveur doit commencer par https:// (http simple n&apos;est accepté que pour cet ordinateur, 127.0.0.1).</translation>
    </message>
    <message numerus="yes">
        <location line="+174"/>
        <source>The platform could not be reached after %n attempt(s): %1</source>
        <translation>
            <numerusform>La plateforme est restée injoignable après %n tentative&#xa0;: %1</numerusform>
            <numerusform>La plateforme est restée injoignable après %n tentatives&#xa0;: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The platform refused the token; check the keychain entry or CASEDESK_TOKEN.</source>
        <translation>La plateforme a refusé le jeton&#xa0;; vérifiez l&apos;entrée du trousseau ou CASEDESK_TOKEN.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The platform answered %1 (%2).</source>
        <translation>La plateforme a répondu %1 (%2).</translation>
    </message>
</context>
<context>
    <name>SyncCommands</name>
    <message>
        <location filename="../app/cli/SyncCommands.cpp" line="+34"/>
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
        <location line="+19"/>
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
        <source>Mine</source>
        <translation>Ma version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Theirs</source>
        <translation>Leur version</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detected</source>
        <translation>Détecté</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Send the waiting changes to the platform and receive the others&apos; changes; exit 0 when everything converged.</source>
        <translation>Envoyer les modifications en attente à la plateforme et recevoir celles des autres&#xa0;; code de sortie 0 quand tout est synchronisé.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>List the conflicts waiting for a decision (mine and theirs; --json for both documents).</source>
        <translation>Lister les conflits en attente de décision (ma version et la leur&#xa0;; --json pour les deux documents).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The token comes from %1, else from the keychain (service &quot;casedesk&quot;, key = the server URL).</source>
        <translation>Le jeton vient de %1, sinon du trousseau (service «&#xa0;casedesk&#xa0;», clé = l&apos;adresse du serveur).</translation>
    </message>
</context>
<context>
    <name>SyncStore</name>
    <message>
        <location filename="../models/sync/SyncStore.cpp" line="+203"/>
        <source>The platform sent a campaign this desk cannot read (%1): %2</source>
        <translation>La plateforme a envoyé une campagne que ce bureau ne sait pas lire (%1)&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>SyncTransport</name>
    <message>
        <location filename="../models/sync/SyncTransport.cpp" line="+44"/>
        <source>No certificate could be read from %1.</source>
        <translation>Aucun certificat n&apos;a pu être lu dans %1.</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <location filename="../app/cli/Values.cpp" line="+18"/>
        <source>%1: &quot;%2&quot; is not an amount; write it like %3 (at most two decimals, not negative).</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un montant&#xa0;; écrivez-le sous la forme %3 (deux décimales au plus, sans signe moins).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: &quot;%2&quot; is not a date; write it as yyyy-mm-dd.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une date&#xa0;; écrivez-la au format yyyy-mm-dd.</translation>
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
        <location line="+38"/>
        <source>End date must be in the future.</source>
        <translation>La date de fin doit être postérieure à la date du jour.</translation>
    </message>
    <message>
        <location line="-36"/>
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
        <location line="+2"/>
        <source>&quot;How the money will be used&quot; is empty.</source>
        <translation>Le champ «&#xa0;Utilisation des fonds&#xa0;» est vide.</translation>
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
        <location filename="../ui/association/AssociationPage.cpp" line="+26"/>
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
        <location line="+13"/>
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
        <location line="+3"/>
        <source>The association that takes the legal action. Its RNA number is required before a campaign is published; the signatory signs the tax receipts.</source>
        <translation>L&apos;association qui engage l&apos;action en justice. Son numéro RNA est obligatoire avant la publication d&apos;une campagne&#xa0;; le signataire signe les reçus fiscaux.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not saved: fix the highlighted field</source>
        <translation>Non enregistré&#xa0;: corrigez le champ signalé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved at %1</source>
        <translation>Enregistré à %1</translation>
    </message>
</context>
<context>
    <name>casedesk::AssociationRepository</name>
    <message>
        <location filename="../models/campaigns/AssociationRepository.cpp" line="+60"/>
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
    <name>casedesk::BordereauDialog</name>
    <message>
        <location filename="../ui/evidence/BordereauDialog.cpp" line="+22"/>
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
        <location filename="../ui/campaigns/BudgetLinesEditor.cpp" line="+30"/>
        <source>Add line</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove line</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+7"/>
        <source>Add a budget line</source>
        <translation>Ajouter une ligne budgétaire</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Not an amount: type euros and cents, for example %1</source>
        <translation>Montant invalide&#xa0;: saisissez des euros et des centimes, par exemple %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Total: %1</source>
        <translation>Total&#xa0;: %1</translation>
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
        <location line="+1"/>
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
        <translation>&amp;Utilisation des fonds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A short, clear title for donors</source>
        <translation>Un titre court et clair pour les donateurs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One or two sentences that say what the action is about</source>
        <translation>Une ou deux phrases qui expliquent l&apos;objet de l&apos;action</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What harm does the action fight? (wetland destroyed, health risk…)</source>
        <translation>Quelle atteinte l&apos;action combat-elle&#xa0;? (zone humide détruite, risque sanitaire…)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Articles, principles and the kind of action (recours pour excès de pouvoir, référé-suspension…)</source>
        <translation>Articles, principes et nature de l&apos;action (recours pour excès de pouvoir, référé-suspension…)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Tribunal administratif de Toulouse</source>
        <translation>Ex.&#xa0;: Tribunal administratif de Toulouse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Préfet du Tarn</source>
        <translation>Ex.&#xa0;: Préfet du Tarn</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+8"/>
        <source>Funding goal</source>
        <translation>Objectif de collecte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Funding &amp;goal (€)</source>
        <translation>&amp;Objectif de collecte (€)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;End date</source>
        <translation>Date de fi&amp;n</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Budget lines</source>
        <translation>Lignes budgétaires</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+90"/>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Editing…</source>
        <translation>Modification en cours…</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Not saved: the campaign changed elsewhere</source>
        <translation>Non enregistré&#xa0;: la campagne a été modifiée ailleurs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not save: %1</source>
        <translation>Enregistrement impossible&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved at %1</source>
        <translation>Enregistré à %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No campaign selected</source>
        <translation>Aucune campagne sélectionnée</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>This campaign is &quot;%1&quot;: what the board reviewed stays as it was. Return it to draft to edit it.</source>
        <translation>Cette campagne a le statut «&#xa0;%1&#xa0;»&#xa0;: le contenu relu par le conseil d&apos;administration reste en l&apos;état. Repassez-la en brouillon pour la modifier.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2 → %3</source>
        <translation>%1&#xa0;: %2 → %3</translation>
    </message>
    <message>
        <location line="+32"/>
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
        <location line="+8"/>
        <source>Could not change the status: %1</source>
        <translation>Impossible de changer le statut&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+17"/>
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
        <location filename="../models/itemmodels/CampaignListModel.cpp" line="+46"/>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Court</source>
        <translation>Juridiction</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
</context>
<context>
    <name>casedesk::CampaignRepository</name>
    <message>
        <location filename="../models/campaigns/CampaignRepository.cpp" line="+154"/>
        <source>Created</source>
        <translation>Création</translation>
    </message>
    <message>
        <location line="+79"/>
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
        <location line="+29"/>
        <location line="+31"/>
        <source>No campaign has the identifier %1.</source>
        <translation>Aucune campagne n&apos;a l&apos;identifiant %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The campaign &quot;%1&quot; is &quot;%2&quot;: only drafts and withdrawn campaigns can be deleted; withdraw it first.</source>
        <translation>La campagne «&#xa0;%1&#xa0;» a le statut «&#xa0;%2&#xa0;»&#xa0;: seules les campagnes en brouillon ou retirées peuvent être supprimées&#xa0;; retirez-la d&apos;abord.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Campaign identifier &quot;%1&quot; is too short; give at least 4 characters of its UUID.</source>
        <translation>L&apos;identifiant de campagne «&#xa0;%1&#xa0;» est trop court&#xa0;; indiquez au moins 4 caractères de son UUID.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No campaign has the identifier &quot;%1&quot;.</source>
        <translation>Aucune campagne n&apos;a l&apos;identifiant «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Campaign identifier &quot;%1&quot; matches several campaigns; give more characters.</source>
        <translation>L&apos;identifiant de campagne «&#xa0;%1&#xa0;» correspond à plusieurs campagnes&#xa0;; indiquez davantage de caractères.</translation>
    </message>
</context>
<context>
    <name>casedesk::CampaignsPage</name>
    <message>
        <location filename="../ui/campaigns/CampaignsPage.cpp" line="+51"/>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Search title, court, opposing party… (Ctrl+F)</source>
        <translation>Rechercher par titre, juridiction, partie adverse… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+77"/>
        <source>New campaign</source>
        <translation>Nouvelle campagne</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Start a new campaign draft (Ctrl+N)</source>
        <translation>Créer un nouveau brouillon de campagne (Ctrl+N)</translation>
    </message>
    <message numerus="yes">
        <location line="+59"/>
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
    <name>casedesk::DeadlineListModel</name>
    <message>
        <location filename="../models/itemmodels/DeadlineListModel.cpp" line="+56"/>
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
        <location line="+16"/>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 — due %2 (%3)</source>
        <translation>%1 — échéance le %2 (%3)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Due</source>
        <translation>Date limite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days left</source>
        <translation>Jours restants</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deadline</source>
        <translation>Délai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Procedure</source>
        <translation>Procédure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
</context>
<context>
    <name>casedesk::DeadlinesPage</name>
    <message>
        <location filename="../ui/procedures/DeadlinesPage.cpp" line="+32"/>
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
        <location line="+37"/>
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
        <location line="+25"/>
        <source>Marked as met: %1</source>
        <translation>Marquée comme respectée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Exported %1 event(s) to %2</source>
        <translation>Événements exportés vers %2&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+12"/>
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
    <name>casedesk::EvidenceListModel</name>
    <message>
        <location filename="../models/itemmodels/EvidenceListModel.cpp" line="+87"/>
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
        <location line="+16"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visibility</source>
        <translation>Visibilité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Original file</source>
        <translation>Fichier d&apos;origine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
</context>
<context>
    <name>casedesk::EvidencePage</name>
    <message>
        <location filename="../ui/evidence/EvidencePage.cpp" line="+80"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+3"/>
        <source>Campaign:</source>
        <translation>Campagne&#xa0;:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Pieces</source>
        <translation>Pièces</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Drop files here to attach them; drag a piece within the list to renumber.</source>
        <translation>Déposez des fichiers ici pour les joindre&#xa0;; faites glisser une pièce dans la liste pour renuméroter.</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who produced it, or where it comes from</source>
        <translation>Qui l&apos;a produite, ou d&apos;où elle provient</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Comma-separated, e.g. expertise, photos</source>
        <translation>Séparées par des virgules, par exemple expertise, photos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Public: shown on the campaign page</source>
        <translation>&amp;Publique&#xa0;: affichée sur la page de la campagne</translation>
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
        <location line="+1"/>
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
        <location line="+28"/>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <location line="+70"/>
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
        <location line="+6"/>
        <source>Copying file %1 of %2…</source>
        <translation>Copie du fichier %1 sur %2…</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Copying %n file(s)…</source>
        <translation>
            <numerusform>Copie de %n fichier…</numerusform>
            <numerusform>Copie de %n fichiers…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Integrity check cancelled.</source>
        <translation>Contrôle d&apos;intégrité annulé.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
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
        <location line="+6"/>
        <source>Integrity check: %n piece(s) are not as they were attached.</source>
        <translation>
            <numerusform>Contrôle d&apos;intégrité&#xa0;: %n pièce n&apos;est plus telle qu&apos;elle a été jointe.</numerusform>
            <numerusform>Contrôle d&apos;intégrité&#xa0;: %n pièces ne sont plus telles qu&apos;elles ont été jointes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Checking %n piece(s)…</source>
        <translation>
            <numerusform>Vérification de %n pièce…</numerusform>
            <numerusform>Vérification de %n pièces…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+45"/>
        <source>No preview for this kind of file (%1). Use Open.</source>
        <translation>Pas d&apos;aperçu pour ce type de fichier (%1). Utilisez «&#xa0;Ouvrir&#xa0;».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Piece no. %1 · %2 · %3 · %4
Attached %5 · SHA-256 %6</source>
        <translation>Pièce n°&#xa0;%1 · %2 · %3 · %4
Jointe le %5 · SHA-256 %6</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Saved at %1</source>
        <translation>Enregistré à %1</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+7"/>
        <source>%n piece(s) removed.</source>
        <translation>
            <numerusform>%n pièce supprimée.</numerusform>
            <numerusform>%n pièces supprimées.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
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
        <location line="+12"/>
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
        <location filename="../models/evidence/EvidenceRepository.cpp" line="+134"/>
        <source>The size limit for one piece must be more than 0 bytes.</source>
        <translation>La taille maximale d&apos;une pièce doit être supérieure à 0 octet.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The copy of %1 has no valid fingerprint; it was not attached.</source>
        <translation>La copie de %1 n&apos;a pas d&apos;empreinte valide&#xa0;; le fichier n&apos;a pas été joint.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No campaign has the identifier %1; %2 was not attached.</source>
        <translation>Aucune campagne n&apos;a l&apos;identifiant %1&#xa0;; %2 n&apos;a pas été joint.</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>The piece &quot;%1&quot; no longer exists; it was deleted elsewhere.</source>
        <translation>La pièce «&#xa0;%1&#xa0;» n&apos;existe plus&#xa0;; elle a été supprimée ailleurs.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The piece &quot;%1&quot; was changed elsewhere since it was opened; it has been reloaded.</source>
        <translation>La pièce «&#xa0;%1&#xa0;» a été modifiée ailleurs depuis son ouverture&#xa0;; elle a été rechargée.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Piece no. %1: the title cannot be empty.</source>
        <translation>Pièce n°&#xa0;%1&#xa0;: le titre ne peut pas être vide.</translation>
    </message>
    <message>
        <location line="+41"/>
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
        <location line="+147"/>
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
    <name>casedesk::FeePanel</name>
    <message>
        <location filename="../ui/campaigns/FeePanel.cpp" line="+11"/>
        <source>What reaches the case</source>
        <translation>Ce qui revient à l&apos;action</translation>
    </message>
    <message>
        <location line="+14"/>
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
        <location line="+1"/>
        <source>Commission on donations</source>
        <translation>Commission sur les dons</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What the crowdfunding platform keeps. Each campaign&apos;s fee panel uses these to show what reaches the case.</source>
        <translation>Ce que conserve la plateforme de financement participatif. Le panneau des frais de chaque campagne s&apos;en sert pour indiquer ce qui revient à l&apos;action.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>For a goal of %1, the association receives %2.</source>
        <translation>Pour un objectif de %1, l&apos;association reçoit %2.</translation>
    </message>
</context>
<context>
    <name>casedesk::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+48"/>
        <source>CaseDesk</source>
        <translation>CaseDesk</translation>
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
        <location line="+2"/>
        <source>Evidence</source>
        <translation>Pièces</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+1"/>
        <source>Desk: %1</source>
        <translation>Bureau&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All changes saved</source>
        <translation>Toutes les modifications sont enregistrées</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New campaign</source>
        <translation>&amp;Nouvelle campagne</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <source>&amp;Find campaigns</source>
        <translation>&amp;Rechercher des campagnes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save now</source>
        <translation>&amp;Enregistrer maintenant</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CaseDesk saves as you type; this saves the last keystrokes at once.</source>
        <translation>CaseDesk enregistre au fil de la saisie&#xa0;; cette commande enregistre immédiatement les dernières frappes.</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+5"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About CaseDesk</source>
        <translation>À &amp;propos de CaseDesk</translation>
    </message>
    <message>
        <location line="+35"/>
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
        <location line="+14"/>
        <source>%n change(s) waiting to sync</source>
        <translation>
            <numerusform>%n modification en attente de synchronisation</numerusform>
            <numerusform>%n modifications en attente de synchronisation</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last changes could not be saved. Quit anyway and lose them?</source>
        <translation>Les dernières modifications n&apos;ont pas pu être enregistrées. Quitter quand même et les perdre&#xa0;?</translation>
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
    <name>casedesk::MilestoneDialog</name>
    <message>
        <location filename="../ui/procedures/MilestoneDialog.cpp" line="+37"/>
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
        <location line="+9"/>
        <source>Computed by rule %1 from %2; change the date of the milestone that starts it.</source>
        <translation>Calculée par la règle %1 à partir du %2&#xa0;; modifiez la date de l&apos;étape qui fait courir le délai.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also record the deadline this starts:</source>
        <translation>Enregistrer aussi le délai que cette étape fait courir&#xa0;:</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <location line="+43"/>
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
    <name>casedesk::MoneyEdit</name>
    <message>
        <location filename="../ui/common/MoneyEdit.cpp" line="+42"/>
        <source>Not an amount: type euros and cents, for example %1</source>
        <translation>Montant invalide&#xa0;: saisissez des euros et des centimes, par exemple %1</translation>
    </message>
</context>
<context>
    <name>casedesk::PressArticlesEditor</name>
    <message>
        <location filename="../ui/campaigns/PressArticlesEditor.cpp" line="+26"/>
        <source>Add article</source>
        <translation>Ajouter un article</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove article</source>
        <translation>Supprimer l&apos;article</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <source>Date (YYYY-MM-DD)</source>
        <translation>Date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Not a web link: type an address such as https://www.example.org/article</source>
        <translation>Lien invalide&#xa0;: saisissez une adresse web comme https://www.example.org/article</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not a date: type it as YYYY-MM-DD, for example 2016-07-01</source>
        <translation>Date invalide&#xa0;: saisissez-la au format YYYY-MM-DD, par exemple 2016-07-01</translation>
    </message>
</context>
<context>
    <name>casedesk::ProcedureDialog</name>
    <message>
        <location filename="../ui/procedures/ProcedureDialog.cpp" line="+44"/>
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
        <location line="+7"/>
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
        <location filename="../models/procedures/ProcedureRepository.cpp" line="+133"/>
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
        <location line="+57"/>
        <source>The procedure &quot;%1&quot; no longer exists; it was deleted elsewhere.</source>
        <translation>La procédure «&#xa0;%1&#xa0;» n&apos;existe plus&#xa0;; elle a été supprimée ailleurs.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The procedure &quot;%1&quot; was changed elsewhere since it was opened; it has been reloaded.</source>
        <translation>La procédure «&#xa0;%1&#xa0;» a été modifiée ailleurs depuis son ouverture&#xa0;; elle a été rechargée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The procedure &quot;%1&quot; cannot move to another campaign.</source>
        <translation>La procédure «&#xa0;%1&#xa0;» ne peut pas être rattachée à une autre campagne.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No procedure has the identifier %1.</source>
        <translation>Aucune procédure n&apos;a l&apos;identifiant %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The procedure &quot;%1&quot; is appealed by &quot;%2&quot;; delete the appeal first.</source>
        <translation>La procédure «&#xa0;%1&#xa0;» fait l&apos;objet d&apos;un appel («&#xa0;%2&#xa0;»)&#xa0;; supprimez d&apos;abord l&apos;appel.</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>%1 identifier &quot;%2&quot; is too short; give at least 4 characters of its UUID.</source>
        <translation>%1&#xa0;: l&apos;identifiant «&#xa0;%2&#xa0;» est trop court&#xa0;; indiquez au moins 4 caractères de son UUID.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No %1 has the identifier &quot;%2&quot;.</source>
        <translation>Aucune %1 n&apos;a l&apos;identifiant «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 identifier &quot;%2&quot; matches several records; give more characters.</source>
        <translation>%1&#xa0;: l&apos;identifiant «&#xa0;%2&#xa0;» correspond à plusieurs enregistrements&#xa0;; indiquez davantage de caractères.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Procedure</source>
        <translation>Procédure</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Milestone</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location line="+8"/>
        <source>Source: the milestone that starts this deadline must belong to the same procedure.</source>
        <translation>Source&#xa0;: l&apos;étape qui fait courir ce délai doit appartenir à la même procédure.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The milestone &quot;%1&quot; no longer exists; it was deleted elsewhere.</source>
        <translation>L&apos;étape «&#xa0;%1&#xa0;» n&apos;existe plus&#xa0;; elle a été supprimée ailleurs.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The milestone &quot;%1&quot; was changed elsewhere since it was opened; it has been reloaded.</source>
        <translation>L&apos;étape «&#xa0;%1&#xa0;» a été modifiée ailleurs depuis son ouverture&#xa0;; elle a été rechargée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The milestone &quot;%1&quot; cannot move to another procedure.</source>
        <translation>L&apos;étape «&#xa0;%1&#xa0;» ne peut pas être rattachée à une autre procédure.</translation>
    </message>
    <message>
        <location line="+71"/>
        <location line="+17"/>
        <location line="+37"/>
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
    <name>casedesk::ProceduresPage</name>
    <message>
        <location filename="../ui/procedures/ProceduresPage.cpp" line="+47"/>
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
        <location line="+415"/>
        <location line="+56"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="-474"/>
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
        <location line="+304"/>
        <source>Mark &amp;met</source>
        <translation>Marquer comme &amp;respectée</translation>
    </message>
    <message>
        <location line="-300"/>
        <source>&amp;Campaign:</source>
        <translation>&amp;Campagne&#xa0;:</translation>
    </message>
    <message>
        <location line="+39"/>
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
        <location line="+21"/>
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
        <location line="+122"/>
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
        <location line="+15"/>
        <source>Met</source>
        <translation>Respectée</translation>
    </message>
    <message>
        <location line="+32"/>
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
        <location line="+57"/>
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
    <name>casedesk::ReminderDialog</name>
    <message>
        <location filename="../ui/procedures/ReminderDialog.cpp" line="+32"/>
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
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+36"/>
        <source>CaseDesk cannot open the desk</source>
        <translation>CaseDesk ne peut pas ouvrir le bureau</translation>
    </message>
    <message>
        <location line="+13"/>
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
