<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>AmountInWords</name>
    <message>
        <location filename="../models/receipts/AmountInWords.cpp" line="+168"/>
        <source>1990 rectified spelling (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>traditional spelling (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AmountRules</name>
    <message>
        <location filename="../models/common/AmountRules.cpp" line="+48"/>
        <source>Funding goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Budget line amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flat fee per campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirmation threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counterpart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: an amount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: a donation is more than 0 (a refund is a status, not a negative amount).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: give an amount of at least %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 is more than the %3 CaseDesk accepts here; check the number of zeros.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: an amount cannot be negative (&quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: &quot;%2&quot; has more than two decimals; type euros and cents, for example %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: &quot;%2&quot; is more than the %3 CaseDesk accepts here; check the number of zeros.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: &quot;%2&quot; is not an amount; type euros and cents, for example %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A gift of %1 is above the %2 the treasurer set for a confirmation. Record it as typed?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchiveReader</name>
    <message>
        <location filename="../models/backup/ArchiveStream.cpp" line="+172"/>
        <source>its header is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the decryption key could not be derived (not enough memory?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>an entry of unknown kind was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>an entry has a name too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>an entry has an impossible size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>its contents do not match the checksum at its end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>there are bytes after its end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>an entry runs past its last part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>part %1 has an invalid frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>part %1 fails its authentication check</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchiveWriter</name>
    <message>
        <location line="-261"/>
        <source>the system gave no random bytes for the encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the encryption key could not be derived (not enough memory?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <source>the encryption failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssociationRules</name>
    <message>
        <location filename="../models/campaigns/Association.cpp" line="+47"/>
        <source>Name: the association&apos;s name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>RNA number: &quot;%1&quot; is not valid; expected W, the 3-character prefecture code and 6 digits (for example W313012345 or W2B1001234).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SIREN: &quot;%1&quot; is not valid; expected exactly 9 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SIREN: &quot;%1&quot; fails its check digit (Luhn); check for a typing error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Receipt category: &quot;%1&quot; is not one of the Cerfa&apos;s boxes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutoBackup</name>
    <message>
        <location filename="../models/backup/AutoBackup.cpp" line="+154"/>
        <source>No folder is chosen for the automatic backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup folder %1 is not available (is the USB key or the drive connected?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup folder %1 cannot be written to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupCommands</name>
    <message>
        <location filename="../app/cli/BackupCommands.cpp" line="+52"/>
        <source>Cannot read the passphrase file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passphrase file %1 is too big to hold a passphrase (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The passphrase file %1 is empty: its first line is the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The option %1 %2 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Backup written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Donations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+45"/>
        <source>Evidence files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-44"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The backup was interrupted: nothing was written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Desk restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open it with: %1 --database %2 desk info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The backup %1 is encrypted: give its passphrase with %2 FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The restore was interrupted: nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Write a consistent backup of the desk and its evidence files into one archive (encrypted with the passphrase on the first line of the file given), even while the desk is in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Restore a backup into a new desk file (never over an existing one), with its evidence files beside it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupManifest</name>
    <message>
        <location filename="../models/backup/BackupManifest.cpp" line="+85"/>
        <source>its manifest is not readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>its manifest does not describe a desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its manifest lists a file without a valid SHA-256 or size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BalanceCheck</name>
    <message>
        <location filename="../models/donations/statements/BalanceCheck.cpp" line="+24"/>
        <source>The balances agree: opening balance plus the lines equals the closing balance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The balances do not agree: opening balance plus the lines gives %1, the statement&apos;s closing balance differs by %2. Lines may be missing from the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The balances cannot be checked: the file does not give both the opening and the closing balance.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardCommands</name>
    <message>
        <location filename="../app/cli/BoardCommands.cpp" line="+63"/>
        <source>%1: unknown role &quot;%2&quot;; use one of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No board member has the identifier %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-MAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FROM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>UNTIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SIGNING KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>* this desk&apos;s owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The board member was not added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The board member %1 was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The mandate of %1 ends on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: &quot;%2&quot; is not a fraction; write it as 1/2 or 2/3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Give either %1 or %2, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: &quot;%2&quot; is not a number of members.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: unknown majority &quot;%2&quot;; use one of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The board&apos;s rules were not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Give a member or %1, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This desk belongs to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This desk belongs to the staff, no board member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>List the board&apos;s members, retired ones too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a board member (from today unless --from) and print its UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change a board member&apos;s name, role, e-mail or dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>End a member&apos;s mandate on DATE (today unless given); the member stays in past rounds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show the statutes&apos; rules for the board&apos;s decisions, or change those given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show the board member this desk belongs to, or set it (--none: the staff&apos;s desk).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Roles: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Majorities: simple, absolute, two-thirds, unanimity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A MEMBER is a name (unique) or a UUID prefix of at least 4 characters; dates are yyyy-mm-dd.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardRepository</name>
    <message>
        <location filename="../models/board/BoardRepository.cpp" line="+103"/>
        <source>The board member &quot;%1&quot; no longer exists on this desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The board member &quot;%1&quot; was changed elsewhere since it was opened; it has been reloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Name: give the member&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From: give the date the mandate began.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Until: the mandate cannot end (%1) before it begins (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E-mail: &quot;%1&quot; is not an e-mail address (name@example.org).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role: %1 is president %2; a board has one president at a time (retire them first, or choose another role).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Signing key: &quot;%1&quot; is not a public key (32 bytes in base64, 44 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+25"/>
        <source>No board member has the identifier %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Until: give the date the mandate of %1 ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Until: the mandate of %1 began on %2; it cannot end before that (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Board member &quot;%1&quot;: several members have this name; give the identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Board member &quot;%1&quot;: give the member&apos;s name or at least 4 characters of the identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No board member is named &quot;%1&quot; or has this identifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Board member identifier &quot;%1&quot; matches several members; give more characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The board&apos;s rules are kept with the association&apos;s profile: fill in the profile (its name at least) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No board member has the identifier %1; this desk&apos;s owner must be on the board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A board member received without a name or a start date was not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The board member &quot;%1&quot; received ends before it begins; it was not stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardRulesCheck</name>
    <message>
        <location filename="../models/board/BoardRules.cpp" line="+170"/>
        <source>Quorum: at least 1 member must take part (%1 was given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quorum: the fraction %1/%2 must have a numerator and a denominator of at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quorum: %1/%2 is more than all the members in office; a fraction of the members cannot be above 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quorum: %1/%2 is less than 1/100 of the members in office; give a larger fraction.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BoardSync</name>
    <message>
        <location filename="../models/sync/kinds/BoardKind.cpp" line="+74"/>
        <source>its role is not one this version knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its name or the start of its mandate is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>board member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The %1 received from the platform was left out: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The board member %1 cannot be written: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BordereauWriter</name>
    <message>
        <location filename="../models/reports/BordereauWriter.cpp" line="+87"/>
        <source>Cannot write the bordereau %1: fonts are not available in this program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+15"/>
        <source>Cannot write the bordereau %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignCommands</name>
    <message>
        <location filename="../app/cli/CampaignCommands.cpp" line="+123"/>
        <source>%1: unknown value &quot;%2&quot;; use one of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Campaign %1 was not saved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CAUSE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>GOAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>END</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TITLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Exported campaign %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: &quot;%2&quot; is not an amount; type euros and cents, for example %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+57"/>
        <location line="+38"/>
        <source>Campaign %1: %2 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Give at least one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>budget total %1, goal %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Campaign %1: budget line %2 added (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Campaign %1 has %n budget line(s); there is no line %2.</source>
        <translation>
            <numerusform>Campaign %1 has %n budget line; there is no line %2.</numerusform>
            <numerusform>Campaign %1 has %n budget lines; there is no line %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Campaign %1: budget line %2 (&quot;%3&quot;) removed (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Campaign %1: press article %2 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Campaign %1 has %n press article(s); there is no article %2.</source>
        <translation>
            <numerusform>Campaign %1 has %n press article; there is no article %2.</numerusform>
            <numerusform>Campaign %1 has %n press articles; there is no article %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Campaign %1: press article %2 (&quot;%3&quot;) removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Campaign %1 cannot go from &quot;%2&quot; to &quot;%3&quot;:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Campaign %1: &quot;%2&quot; -&gt; &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Campaign %1 deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>List the campaigns, most recently changed first unless sorted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show a campaign: fields, budget, press, fees, review checklist and status history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write a campaign as JSON to standard output or to FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create a draft campaign and print its UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change one field of a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change what the board reads before approving a draft: the lawyer in charge, their assessment, the risks, the adverse costs and why the association acts (never published).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a budget line to a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove budget line N (1 is the first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a press article (URL http or https, DATE yyyy-mm-dd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove press article N (1 is the first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Move a campaign through the workflow; when refused, every reason is printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete a draft or withdrawn campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the status history of a campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Statuses: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Causes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget kinds: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fields of campaign set: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sort columns: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignJson</name>
    <message>
        <location filename="../models/campaigns/CampaignJson.cpp" line="+50"/>
        <source>%1: &quot;%2&quot; must be a whole, non-negative number of cents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Campaign &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: unknown cause or status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: unknown budget line kind &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignOutput</name>
    <message>
        <location filename="../app/cli/CampaignOutput.cpp" line="+34"/>
        <source>UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opposing party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use of funds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lawyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adverse costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lawyer&apos;s assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why the association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Budget:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  no lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>total, equal to the goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>total; the goal is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>AMOUNT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>LABEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Press articles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ready for review: nothing is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Missing before review:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>WHEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FROM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NOTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Platform fees on the goal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Status history:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignRules</name>
    <message>
        <location filename="../models/campaigns/CampaignRules.cpp" line="+20"/>
        <source>Budget line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Adverse costs: an amount cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Adverse costs: %1 is more than the %2 CaseDesk accepts here; check the number of zeros.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The budget lines for the case add up to %1, but only %2 reaches the case once the platform&apos;s commission and flat fee are paid: %3 is missing. Raise the goal, or the platform fees line and lower another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Campaign: &quot;%1&quot; is &quot;%2&quot; and no longer collects; gifts are recorded for published or funded campaigns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Campaign: &quot;%1&quot; is &quot;%2&quot; and does not collect yet; gifts are recorded for published or funded campaigns.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignSync</name>
    <message>
        <location filename="../models/sync/kinds/CampaignKind.cpp" line="+72"/>
        <source>The platform sent a campaign this desk cannot read (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Changed on the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Conflict resolved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CampaignText</name>
    <message>
        <location filename="../models/campaigns/CampaignText.cpp" line="+9"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Funded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Social rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+19"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Lawyer fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Court fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expert reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bailiff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platform fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Back to draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submit for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark as funded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CamtParser</name>
    <message>
        <location filename="../models/donations/statements/CamtReader.cpp" line="+203"/>
        <source>the XML is malformed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-140"/>
        <source>the file holds no statement (Stmt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-11"/>
        <source>not enough memory to read the XML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>expected BkToCstmrStmt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Premature end of document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not an ISO 20022 camt.053 statement (expected a Document element in the namespace %1camt.053.001.NN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>this is an ISO 20022 %1 message, not a camt.053 bank statement; ask the bank for the camt.053 end-of-day statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not a supported version (camt.053.001.02 to camt.053.001.08)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 (expected a decimal amount such as 1234.50, found &apos;%2&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>expected a date as YYYY-MM-DD, found &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>CdtDbtInd is missing (expected CRDT or DBIT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected CRDT or DBIT, found &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the balance has no Amt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>the entry has no Amt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the entry has neither BookgDt nor ValDt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>this statement is for another account (%1) than the first one (%2); one file must hold one account</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <location filename="../app/cli/CliContext.cpp" line="+116"/>
        <source>The option %1 takes no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unknown option &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The option %1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The option %1 needs a file path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The option %1 accepts &quot;fr&quot; or &quot;en&quot;, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+148"/>
        <source>usage: %1 [--database PATH] [--json] [--lang fr|en] %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot read the value from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandTable</name>
    <message>
        <location filename="../app/cli/CommandTable.cpp" line="+119"/>
        <location line="+35"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>The command &quot;%1&quot; needs a subcommand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Unexpected error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unexpected error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The option %1 needs a value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The option %1 takes no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a global option; put it before the command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown option &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Missing argument %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unexpected argument &quot;%1&quot; (put a value with spaces in quotes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Usage: %1 [GLOBAL OPTIONS] COMMAND [ARGUMENTS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CaseDesk without windows: campaigns, the association profile and settings, for scripts and tests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Global options (before the command):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  --database PATH  the desk file (default: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  --json           machine-readable output: one JSON document on stdout, amounts in cents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  --lang fr|en     language of messages, numbers and amounts (default: the system&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  --help           this help; after a command, the help of that command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  --version        the version of CaseDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A campaign ID is its UUID or a unique prefix of at least 4 characters. A VALUE of &quot;-&quot; is read from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exit status: 0 success, 1 error (message on stderr), 2 wrong usage.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../models/sync/kinds/EvidenceKind.cpp" line="+3"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../models/sync/kinds/ProcedureKinds.cpp" line="-16"/>
        <source>Court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opposing party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../models/sync/kinds/LedgerKinds.cpp" line="+59"/>
        <location filename="../models/sync/kinds/ProcedureKinds.cpp" line="+6"/>
        <location filename="../models/sync/kinds/ReceiptKind.cpp" line="+36"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the money is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sync/kinds/NewsKind.cpp" line="+1"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sync/kinds/EvidenceKind.cpp" line="-2"/>
        <source>Document date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../models/sync/kinds/ProcedureKinds.cpp" line="+13"/>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sync/kinds/ProcedureKinds.cpp" line="-18"/>
        <source>Court name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lawyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appeal of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sync/kinds/LedgerKinds.cpp" line="-17"/>
        <location filename="../models/sync/kinds/ProcedureKinds.cpp" line="+1"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sync/kinds/ProcedureKinds.cpp" line="+5"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sync/kinds/LedgerKinds.cpp" line="+13"/>
        <location filename="../models/sync/kinds/ProcedureKinds.cpp" line="+1"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../models/sync/kinds/ProcedureKinds.cpp" line="+2"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sync/kinds/ProcedureKinds.cpp" line="+1"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sync/kinds/BoardKind.cpp" line="-105"/>
        <location filename="../models/sync/kinds/LedgerKinds.cpp" line="-23"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role (other)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../models/sync/kinds/LedgerKinds.cpp" line="+1"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In office from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In office until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sync/kinds/LedgerKinds.cpp" line="+1"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agrees to be contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Person or company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SIREN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent given through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Donor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counterpart</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/sync/ConflictResolver.cpp" line="+151"/>
        <source>&quot;%1&quot; matches %n conflicts; give more characters.</source>
        <translation>
            <numerusform>&quot;%1&quot; matches %n conflicts; give more characters.</numerusform>
            <numerusform>&quot;%1&quot; matches %n conflicts; give more characters.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No open conflict matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-106"/>
        <location line="+140"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-140"/>
        <location line="+140"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Conflict %1 is no longer open; it was resolved elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This conflict is about a record of kind &quot;%1&quot;, which cannot be decided here yet; it stays open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sync/kinds/ReceiptKind.cpp" line="+1"/>
        <source>Reason for cancelling</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvMapping</name>
    <message>
        <location filename="../models/donations/statements/CsvMapping.cpp" line="+263"/>
        <source>the separator must be one ASCII character other than the quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the quote must be one ASCII character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the encoding %1 is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the number of lines to skip cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the date format %1 is not one of d, dd, M, MM, yy, yyyy with separators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the decimal separator must differ from the column and thousands separators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>choose the column of the booking date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>choose either one signed amount column or a debit and a credit column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>the saved CSV mapping has an unknown version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvStatementParser</name>
    <message>
        <location filename="../models/donations/statements/CsvStatementParser.cpp" line="+87"/>
        <source>the encoding %1 is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the file starts with a UTF-8 byte order mark but the mapping says %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the file ends before its header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>these bytes are not valid %1 text; is the file in another encoding (UTF-8 or Windows-1252)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+68"/>
        <source>expected at least %1 columns separated by &apos;%2&apos;, found %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>this row has %1 columns but the header has %2: a separator inside an unquoted text?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>expected a date as %1, found &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: expected an amount such as %2, found &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>expected an amount in %1 or %2, both are empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected an amount in %1 or %2, not in both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>expected a credit as a positive amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/donations/statements/CsvTokenizer.cpp" line="+30"/>
        <source>the file starts with bytes that are neither text nor a byte order mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>a quoted cell opened at line %1 is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the row starting at line %1 is longer than %2 bytes: an unbalanced quote?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../models/storage/Database.cpp" line="+113"/>
        <source>Cannot create the folder %1 for the desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot read the desk file %1: it is not a readable file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+66"/>
        <source>Cannot open the desk file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-61"/>
        <source>The desk %1 could not be checked: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The desk %1 is damaged (%2). Keep a copy of the file and restore your last backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Cannot open the desk file %1: another desk is already open under the connection name &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cannot update the desk file %1 to this version of CaseDesk: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+78"/>
        <location line="+13"/>
        <source>Cannot write to the desk file %1 (%2). Check that the file and its folder are writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-87"/>
        <location line="+7"/>
        <location line="+28"/>
        <source>The file %1 is not a CaseDesk desk or is damaged (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-22"/>
        <source>The desk %1 was written by a newer version of CaseDesk (data format %2; this version reads up to %3). It was left untouched: please update CaseDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file %1 is an SQLite database of another program, not a CaseDesk desk. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cannot configure the desk file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SQLite refused to enforce foreign keys on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot prepare sorting in your language for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The desk file %1 cannot use write-ahead logging (journal mode stayed &quot;%2&quot;). Is it on a network drive?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+14"/>
        <source>Cannot prepare a statement: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateRules</name>
    <message>
        <location filename="../models/common/DateRules.cpp" line="+61"/>
        <source>D</source>
        <extracomment>The letters of a date pattern: day, as in DD/MM/YYYY (French: J for jour).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>M</source>
        <extracomment>The letters of a date pattern: month, as in DD/MM/YYYY.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Y</source>
        <extracomment>The letters of a date pattern: year, as in DD/MM/YYYY (French: A for année).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 is an impossible date: there is no month %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is an impossible date: %2 %3 has %4 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is an impossible date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not a date; type it as %2, for example %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+85"/>
        <source>&quot;%1&quot; is not a date in the form %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlineCalculator</name>
    <message>
        <location filename="../models/procedures/DeadlineCalculator.cpp" line="+65"/>
        <source>Rule %1: %2 (%3), %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the starting event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starting point: %1, on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Délai franc: neither the starting day nor the last day counts, so %1 counted from the day after %2 end on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The starting day does not count (CPC art. 641): %1 counted from the day after %2 end on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Délai franc: neither the starting day nor the last day counts, so the period runs from %1 and ends %2 later on the same day-number; %3 has no day %4, so it ends on the last day of that month, %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Délai franc: neither the starting day nor the last day counts, so the period runs from %1 and ends %2 later on the same day-number, %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 from %2 end on the same day-number (CPC art. 641); %3 has no day %4, so the period ends on the last day of that month, %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 from %2 end on the same day-number (CPC art. 641): %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>case law of the Conseil d&apos;État, as CPC art. 642</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CPC art. 642</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the deadline moves to the next day, %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This deadline is not extended when it ends on a non-working day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Due: %1, until midnight. Public holidays: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlineCommands</name>
    <message>
        <location filename="../app/cli/DeadlineCommands.cpp" line="+38"/>
        <source>START_DATE: %1 is not a plausible date; check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+48"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="-12"/>
        <source>No open deadline is overdue or due within %n day(s).</source>
        <translation>
            <numerusform>No open deadline is overdue or due within %n day.</numerusform>
            <numerusform>No open deadline is overdue or due within %n days.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The milestone %1 is not a computed deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Start-up reminders are off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>At start-up CaseDesk reminds of overdue deadlines and those due within %n day(s).</source>
        <translation>
            <numerusform>At start-up CaseDesk reminds of overdue deadlines and those due within %n day.</numerusform>
            <numerusform>At start-up CaseDesk reminds of overdue deadlines and those due within %n days.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>With --json, give the calendar file with --out FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot write the calendar to standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Wrote %n event(s) to %1</source>
        <translation>
            <numerusform>Wrote %n event to %1</numerusform>
            <numerusform>Wrote %n events to %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Compute a deadline: the due date (ISO 8601) on the first line, then the reasoning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>List the deadline rules with their articles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The deadlines dashboard: overdue deadlines and those due within DAYS (default: the reminder horizon).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show how a recorded deadline was computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show or set how many days ahead the start-up reminder looks (0: off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>RULE:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>List the public holidays of a year (Alsace-Moselle adds Good Friday and 26 December).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export milestones and deadlines as iCalendar (RFC 5545) with reminders; to standard output without --out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlineReminders</name>
    <message>
        <location filename="../models/procedures/DeadlineReminders.cpp" line="+22"/>
        <source>The reminder horizon must be between 0 (no reminder) and %1 days, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlineRules</name>
    <message>
        <location filename="../models/procedures/DeadlineRules.cpp" line="+36"/>
        <source>1 month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, délai franc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The deadline rules are missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The deadline rules are damaged: %1 at offset %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Deadline rule %1 (&quot;%2&quot;): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the id must be lower-case words joined by hyphens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the id is used twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the article is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the English label is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>give its length in either &quot;days&quot; or &quot;months&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the length must be a positive whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;franc&quot; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the calendar must be &quot;working-days&quot; or &quot;calendar-days&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The deadline rules file holds no rule.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeadlineService</name>
    <message>
        <location filename="../models/procedures/DeadlineService.cpp" line="+33"/>
        <source>No milestone has the identifier %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no deadline rule &quot;%1&quot;; known rules: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionRules</name>
    <message>
        <location filename="../models/review/DecisionRules.cpp" line="+16"/>
        <source>for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>against</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>abstaining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>simple majority of votes cast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>absolute majority of the members in office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>two-thirds majority of votes cast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unanimity of votes cast</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>%1 of %n member(s) in office took part</source>
        <translation>
            <numerusform>%1 of %n member in office took part</numerusform>
            <numerusform>%1 of %n members in office took part</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>, %n recused</source>
        <translation>
            <numerusform>, %n recused</numerusform>
            <numerusform>, %n recused</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <comment>a quorum&apos;s fraction and the members it makes: half: 4</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1; quorum (%2) met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; quorum (%2) not met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n approve(s)</source>
        <translation>
            <numerusform>%n approves</numerusform>
            <numerusform>%n approve</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>, %n reject(s)</source>
        <translation>
            <numerusform>, %n rejects</numerusform>
            <numerusform>, %n reject</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, %n abstain(s)</source>
        <translation>
            <numerusform>, %n abstains</numerusform>
            <numerusform>, %n abstain</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: no decision until the quorum is met.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1: an equal split, decided by the president&apos;s casting vote (%2): %3 %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the statutes give the president no casting vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no president takes part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the president (%1) abstained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the president (%1) has not voted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: an equal split, and %2: %3 not reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 not reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: no reason given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <location filename="../models/demo/DemoData.cpp" line="+57"/>
        <source>Cannot write the demo picture %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write the demo file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The demo board member %1 was refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The desk already has campaigns; the demo data was not loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The desk already has an association profile; the demo data was not loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The demo data set is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The demo data set is damaged: %1 at offset %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Cannot make a temporary folder for the demo pieces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The demo data could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Loaded the demo association and %n campaign(s).</source>
        <translation>
            <numerusform>Loaded the demo association and %n campaign.</numerusform>
            <numerusform>Loaded the demo association and %n campaigns.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeskBackup</name>
    <message>
        <location filename="../models/backup/DeskBackup.cpp" line="+116"/>
        <source>piece no. %1 of &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The file of %1 is missing from the evidence folder (%2). The backup was not written: run &quot;Check integrity&quot; in the Evidence area (evidence verify) to see every piece concerned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file of %1 (%2) changed since it was attached: its SHA-256 no longer matches. The backup was not written: run &quot;Check integrity&quot; in the Evidence area (evidence verify), then attach the original file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read the file of %1 (%2): %3. The backup was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot write the backup %1: %2. Nothing was written (is the disk full or removed?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Cannot read the copy of the desk %1: %2. The backup was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot make a working folder beside the desk in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The desk&apos;s evidence changed during each of %1 attempts; the backup was not written. Try again once the other work is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Give the file to write the backup to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is a folder; give a file name for the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder %1 does not exist (is the USB key or the drive connected?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A backup cannot be written over the desk or its files (%1); choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The passphrase must have at least %1 characters; a sentence of several words is best.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskCommands</name>
    <message>
        <location filename="../app/cli/DeskCommands.cpp" line="+74"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RNA number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SIREN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>General interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatory&apos;s role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The association profile is empty; start with: %1 association set name NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>FIELD: unknown value &quot;%1&quot;; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The association profile was not saved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Association profile saved: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Flat fee per campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commission on what is raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For a goal of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Fee settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Gift confirmation saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirmation asked above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest gift accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Desk file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data format version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes waiting to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The desk is sound: every page was read without error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Show the association profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change one field of the association profile (general-interest: yes or no).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Fields of association set: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show the platform fees and what a 10,000 EUR goal leaves; with options, change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show the amount above which a gift typed by hand needs a confirmation; with the option, change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Fill an empty desk with the demo association and campaigns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show the desk file, its data format version, campaigns and changes waiting to sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Read every page of the desk file and report any damage.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskRestore</name>
    <message>
        <location filename="../models/backup/DeskRestore.cpp" line="+43"/>
        <source>%1 is not a CaseDesk backup. Nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The backup %1 was made by a newer version of CaseDesk (its archive format is newer than this version reads). Nothing was restored: update CaseDesk first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup %1 is encrypted: its passphrase is needed to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The passphrase does not open the backup %1: it is not the one the backup was made with (or the backup&apos;s header is damaged). Nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup %1 is incomplete: it ends before its last part (was it copied entirely?). Nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup %1 is damaged or was altered: %2. Nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+90"/>
        <source>Cannot read the backup %1: %2. Nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot write in the folder %1: %2. Nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>it does not start with its manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The backup %1 comes from a newer version of CaseDesk (%2, data format %3; this version reads up to %4). Nothing was restored: update CaseDesk to restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>its database does not match its manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its database does not match its SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n evidence file(s) of its manifest are missing from it</source>
        <translation>
            <numerusform>%n evidence file of its manifest is missing from it</numerusform>
            <numerusform>%n evidence files of its manifest are missing from it</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it holds an entry its manifest does not list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot create the folder %1. Nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the evidence file %1 in it does not match its SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot write %1: %2. Nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+7"/>
        <source>Cannot write %1: %2 (is the disk full?). Nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot write the restored files to the disk in %1. Nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The desk in the backup %1 cannot be opened: %2 Nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The desk in the backup %1 is damaged: %2 Nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot move the restored evidence folder to %1. Nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot move the restored desk to %1. Nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Cannot read the backup %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Give the path of the new desk to restore into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 already exists: a restore writes a new desk and never replaces one. Choose a new file name, or move that file away first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 already exists beside the new desk %2: a restore never mixes with another desk&apos;s files. Choose a new file name, or move it away first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskSnapshot</name>
    <message>
        <location filename="../models/backup/DeskSnapshot.cpp" line="+183"/>
        <source>The copy of the desk %1 fails SQLite&apos;s integrity check (%2): the desk itself is probably damaged. Run &quot;desk check&quot; and keep the file aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot check the copy of the desk %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot read the desk %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write a copy of the desk in %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot copy the desk %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonationCodes</name>
    <message>
        <location filename="../models/donations/ledger/Donation.cpp" line="+63"/>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cheque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Direct debit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonationCommands</name>
    <message>
        <location filename="../app/cli/DonationCommands.cpp" line="+82"/>
        <source>%1 takes date, donor, campaign, amount, method, status, order or reconciled, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+10"/>
        <source>%1 takes %2, not &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 takes a number of rows, 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DonationOutput.cpp" line="+50"/>
        <location line="+23"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+24"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+26"/>
        <source>Donor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+25"/>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+27"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-26"/>
        <location line="+28"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+29"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+32"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+33"/>
        <source>Reconciled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-8"/>
        <source>(anonymous)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counterpart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1, SIREN %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>date unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DonationCommands.cpp" line="+16"/>
        <source>%1 of %2 donations shown (%3 N for more).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The option %1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The donation was not added: %1 is above the %2 the treasurer set for a confirmation; add %3 if it is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The donation was not added:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Donation %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+16"/>
        <source>No donation has the identifier &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The donation was not saved: %1 is above the %2 the treasurer set for a confirmation; add %3 if it is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The donation was not saved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Donation %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The option %1 FILE is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 takes &quot;;&quot; or &quot;,&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n donation(s) written to %1.</source>
        <translation>
            <numerusform>%n donation written to %1.</numerusform>
            <numerusform>%n donations written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+57"/>
        <source>--counterpart is the value of a reward the donor received for the gift (0 when none, at most the amount); a tax receipt deducts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DonationOutput.cpp" line="-8"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Donor is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consent to contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/DonationCommands.cpp" line="-44"/>
        <source>List donations, newest first unless sorted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Record a donation by hand, to a published or funded campaign; above the desk&apos;s confirmation threshold (settings gifts) it needs --confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show a donation, with the value of its counterpart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Correct a donation; the options not given keep their values. A donation reconciled in a closed period is refused until the period is reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write the donations the filters select to a CSV file safe for spreadsheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Methods: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Statuses: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--search finds a donor name by its beginning, a donor&apos;s e-mail by its beginning, or an exact platform order number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonationExport</name>
    <message>
        <location filename="../models/reports/DonationExport.cpp" line="+39"/>
        <location line="+12"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Donor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reconciled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Donation id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonorCodes</name>
    <message>
        <location filename="../models/donations/ledger/Donor.cpp" line="+44"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A receipt per gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One receipt a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No receipt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonorCommands</name>
    <message>
        <location filename="../app/cli/DonorCommands.cpp" line="+49"/>
        <source>%1 takes %2, not &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Give %1 or %2, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+62"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Donations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+26"/>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 in %n gift(s)</source>
        <translation>
            <numerusform>%1 in %n gift</numerusform>
            <numerusform>%1 in %n gifts</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The donor was not added:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Donor %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No donor has the identifier &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The donor was not saved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Donor %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>List donors by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show a donor and the donor&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add a donor: a person unless --company, with the receipts the donor wants and the consent to be contacted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change a donor&apos;s fields; the options not given keep their values, an empty --consent-date forgets the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Receipts: per_gift (one receipt per gift), annual (one a year listing the year&apos;s gifts), none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--siren takes a company&apos;s 9 digits (spaces allowed), checked by their Luhn digit; a person has no SIREN.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonorDataExport</name>
    <message>
        <location filename="../models/donations/privacy/DonorDataExport.cpp" line="+154"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>One a year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One per gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>bank line of %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>payout %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+157"/>
        <source>Personal data held about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-155"/>
        <source>Exported on %1 by %2. This document lists everything the association&apos;s desk holds about this donor (GDPR articles 15 and 20); a machine-readable copy exists as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person or company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SIREN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erased on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Consent to be contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agrees to be contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gifts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No gift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+18"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+18"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Counterpart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reconciled with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Paid: %1. Refunded: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tax receipts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issued on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Cannot write %1: fonts are not available in this program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No donor has the identifier %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+16"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonorErasure</name>
    <message>
        <location filename="../models/donations/privacy/DonorErasure.cpp" line="+31"/>
        <source>e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>platform reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>consent to be contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SIREN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Erased donor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+65"/>
        <source>This donor was already erased on %1; there is nothing left to erase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The donor&apos;s record holds nothing else to erase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erased from the donor&apos;s record, on this desk, the other desks and the platform: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The name becomes &quot;%1&quot; in the donor&apos;s record and on the donor&apos;s %n gift(s).</source>
        <translation>
            <numerusform>The name becomes &quot;%1&quot; in the donor&apos;s record and on the donor&apos;s %n gift.</numerusform>
            <numerusform>The name becomes &quot;%1&quot; in the donor&apos;s record and on the donor&apos;s %n gifts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Kept in the restricted archive until %1 (%2, tax receipts): the name, the address and the SIREN of the %n receipt(s) issued.</source>
        <translation>
            <numerusform>Kept in the restricted archive until %1 (%2, tax receipts): the name, the address and the SIREN of the %n receipt issued.</numerusform>
            <numerusform>Kept in the restricted archive until %1 (%2, tax receipts): the name, the address and the SIREN of the %n receipts issued.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kept until %1 (%2, accounting records): the gifts with their amounts, and the name in the restricted archive; every campaign&apos;s accounts still add up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing is archived: no receipt of the last six years, no gift of the last ten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The restricted archive is never listed, searched, synced nor exported for solicitation; it is purged once %1 has passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reason: say why the donor&apos;s data is erased (whose request, of which date); the privacy log keeps it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No donor has the identifier %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonorExport</name>
    <message>
        <location filename="../models/reports/DonorExport.cpp" line="+35"/>
        <location line="+15"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>May be contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Donations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Donor id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonorRightsCommands</name>
    <message>
        <location filename="../app/cli/DonorRightsCommands.cpp" line="+53"/>
        <source>The option %1 FILE is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 takes json or pdf, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>The donor&apos;s data (%n gift(s), %1) written to %2; the export is in the privacy log.</source>
        <translation>
            <numerusform>The donor&apos;s data (%n gift, %1) written to %2; the export is in the privacy log.</numerusform>
            <numerusform>The donor&apos;s data (%n gifts, %1) written to %2; the export is in the privacy log.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n receipt(s)</source>
        <translation>
            <numerusform>%n receipt</numerusform>
            <numerusform>%n receipts</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The option %1 TEXT is required: say why the donor&apos;s data is erased (whose request, of which date).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No donor has the identifier %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing was erased; add %1 to erase the donor&apos;s data as described.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The donor was not erased:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Donor erased; the erasure is in the privacy log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+44"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+86"/>
        <source>Donor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Kept until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n archive row(s) purged; each purge is in the privacy log.</source>
        <translation>
            <numerusform>%n archive row purged; each purge is in the privacy log.</numerusform>
            <numerusform>%n archive rows purged; each purge is in the privacy log.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Due for purge: %n donor(s) whose restricted archive has passed its last day.</source>
        <translation>
            <numerusform>Due for purge: %n donor whose restricted archive has passed its last day.</numerusform>
            <numerusform>Due for purge: %n donors whose restricted archive has passed its last day.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Purge them with: donors retention %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Consent to renew: %n donor(s) without contact for %1 years.</source>
        <translation>
            <numerusform>Consent to renew: %n donor without contact for %1 years.</numerusform>
            <numerusform>Consent to renew: %n donors without contact for %1 years.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 takes a number of lines, 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The privacy log is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Write everything the desk holds about a donor (identity, consent, gifts, receipts, reconciliation) to a JSON file, or a PDF in the interface&apos;s language when FILE ends in .pdf or --format pdf; logged in the privacy log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Erase a donor&apos;s data within the law: show what goes and what the restricted archive keeps, and until when; with --yes, erase it (logged, synced to the other desks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>List the erased donors whose restricted archive is due for purge and the donors whose consent to be contacted should be asked again; --purge purges what is due (logged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show the privacy log (every export, erasure and purge: who, when, what, why), newest first; of one donor with ID.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierPdf</name>
    <message>
        <location filename="../models/review/DossierPdf.cpp" line="+45"/>
        <source>Not filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dossier submitted to the board of directors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Printed on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As frozen for review round no. %1, opened on %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The dossier as it stands: no review round holds this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fingerprint of the dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In full (SHA-256): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every page carries the first digits of the fingerprint: a page printed from another version of the dossier shows other digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opposing party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lawyer, assessment and risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lawyer in charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lawyer&apos;s assessment of the prospects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Adverse costs the association may be ordered to pay if it loses: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adverse costs the association may be ordered to pay if it loses: none estimated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why the association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No budget line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What reaches the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Funding goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Platform commission (%1 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>− %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Flat campaign fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Net for the legal action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Budget for the case (platform fees aside)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No funding goal is set yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>If the goal is reached, %1 of the budget for the case is still missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>If the goal is reached, the association receives %1, which covers the budget for the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Dossier: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Use of funds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot write the dossier %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/ReviewPdfReads.cpp" line="+126"/>
        <location line="+16"/>
        <source>There is no campaign %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-95"/>
        <source>The campaign has no review round %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+90"/>
        <source>The dossier frozen for round %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/DossierPdfParts.cpp" line="+32"/>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Procedures and timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No procedure is under way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+190"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-187"/>
        <source>Lawyer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parties: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+56"/>
        <location line="+24"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-80"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Deadlines ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No open deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+70"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No piece yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each piece is named by the first digits of its SHA-256: the copy a member holds is the piece of the dossier when its digits match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Press</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No press article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Status history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Created as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The review so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This version of the dossier has not been submitted to the board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Review round no. %1, opened on %2 by %3: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Superseded because: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is recused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No vote yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cast on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No comment yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierSectionText</name>
    <message>
        <location filename="../models/review/DossierSectionText.cpp" line="+36"/>
        <source>not filled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opposing party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lawyer in charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The lawyer&apos;s assessment of the prospects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adverse costs if the case is lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why the association is the one to act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+18"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Goal raised from donors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platform commission (%1 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Flat fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What reaches the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget of the case (without platform fees)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the money will be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No press article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+22"/>
        <location line="+33"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+21"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-14"/>
        <source>No evidence yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Lawyer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parties: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Deadline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No milestone yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Milestone or deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No procedure yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierSnapshot</name>
    <message>
        <location filename="../models/review/DossierChanges.cpp" line="+112"/>
        <source>%1 % and %2 per campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Title changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cause changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Harm changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal basis changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Court changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opposing party changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End date changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lawyer changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lawyer&apos;s assessment changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risks changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adverse costs changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the association acts changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use of funds changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Budget line « %1 » added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Budget line « %1 » removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Budget line « %1 »: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Budget line « %1 » renamed « %2 »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Budget line « %1 »: kind changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Budget lines reordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Platform fees changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What reaches the case changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Press article « %1 » added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Press article « %1 » removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Press article « %1 » changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Press articles reordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (%2, %3), SHA-256 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Piece %1 added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Piece %1 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Piece %1 is now %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Piece %1: title changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Piece %1: date changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Piece %1: source changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Piece %1: its file changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Procedure « %1 » added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Procedure « %1 » removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Procedure « %1 »: court changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedure « %1 »: court name changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedure « %1 »: kind changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedure « %1 »: case number changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedure « %1 »: lawyer changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedure « %1 »: parties changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedure « %1 »: status changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Procedure « %1 »: the decision it appeals changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Milestone « %1 » added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Milestone « %1 » removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Milestone « %1 »: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Milestone « %1 » renamed « %2 »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Milestone « %1 »: kind changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deadline « %1 » added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deadline « %1 » met or removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deadline « %1 »: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deadline « %1 » renamed « %2 »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/DossierSnapshot.cpp" line="+225"/>
        <source>The case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lawyer&apos;s assessment and the risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Budget line « %1 »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fees, what reaches the case and use of funds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Piece %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Procedure: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceCommands</name>
    <message>
        <location filename="../app/cli/EvidenceCommands.cpp" line="+48"/>
        <source>%1: &quot;%2&quot; is not a piece number (1 for the first piece).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The campaign &quot;%1&quot; has no piece no. %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+71"/>
        <source>public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 names one piece; attach the files one at a time to give each a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: already attached as piece no. %2 &quot;%3&quot;; not added again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: piece no. %2 &quot;%3&quot; (the same file is already in the vault for another campaign; it is stored once).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: piece no. %2 &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n file(s) could not be attached; the others were.</source>
        <translation>
            <numerusform>%n file could not be attached; the others were.</numerusform>
            <numerusform>%n files could not be attached; the others were.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The campaign &quot;%1&quot; has no pieces yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+16"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+17"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+21"/>
        <source>Visibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+23"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+24"/>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+21"/>
        <source>Original file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Piece</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stored at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>FIELD: unknown field &quot;%1&quot;; use one of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Piece no. %1 &quot;%2&quot; updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; is now piece no. %2; the list is numbered 1 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Piece no. %1 &quot;%2&quot; removed; the other pieces keep their numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%n piece(s) checked: every file is intact.</source>
        <translation>
            <numerusform>%n piece checked: every file is intact.</numerusform>
            <numerusform>%n pieces checked: every file is intact.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Campaign &quot;%1&quot;, piece no. %2 &quot;%3&quot; (%4): %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n of %1 piece(s) failed the integrity check:</source>
        <translation>
            <numerusform>%n of %1 piece failed the integrity check:</numerusform>
            <numerusform>%n of %1 pieces failed the integrity check:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n unreferenced file(s) removed from the evidence folder.</source>
        <translation>
            <numerusform>%n unreferenced file removed from the evidence folder.</numerusform>
            <numerusform>%n unreferenced files removed from the evidence folder.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--set: &quot;%1&quot; is not a size in MiB (1 to 1048576).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Largest file accepted as a piece: %1 MiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Copy files into the evidence vault as the campaign&apos;s next pieces (private unless --public).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>List the campaign&apos;s pieces in exhibit order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show one piece and where its file is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change a piece&apos;s title, date, source, description, tags or public flag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Move a piece to another place in the list and number the list from 1 again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove a piece; the others keep their numbers. Its file goes when no piece uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re-hash every stored file; exit status 1 and one line per missing or altered piece.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Delete vault files no piece uses any more, and abandoned copies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show or set the largest file accepted as a piece (default 512 MiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Evidence FIELD: %1. LIST: piece numbers and ranges, e.g. 1,3-5. Dates: yyyy-mm-dd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The bordereau takes the court, case number, lawyer and parties from the campaign&apos;s procedure (when it has exactly one, or --procedure); the options override them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceExport</name>
    <message>
        <location filename="../models/evidence/EvidenceExport.cpp" line="+40"/>
        <source>Piece no. %1 &quot;%2&quot;: its file is missing from the evidence folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+17"/>
        <location line="+13"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Cannot read the file of piece no. %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Piece no. %1 &quot;%2&quot; was not exported: its file changed since it was attached. Run an integrity check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+59"/>
        <source>&quot;%1&quot; is not a piece number or a range like 3-5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+26"/>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-5"/>
        <source>No piece is selected for the export to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The folder %1 already holds %2; choose an empty folder. Nothing was exported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceExportCommands</name>
    <message>
        <location filename="../app/cli/EvidenceExportCommands.cpp" line="+52"/>
        <source>The procedure %1 is not one of the campaign &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The campaign &quot;%1&quot; has no piece no. %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The option %1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Bordereau of %n piece(s) written to %1.</source>
        <translation>
            <numerusform>Bordereau of %n piece written to %1.</numerusform>
            <numerusform>Bordereau of %n pieces written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n piece(s) and the bordereau written to %1:</source>
        <translation>
            <numerusform>%n piece and the bordereau written to %1:</numerusform>
            <numerusform>%n pieces and the bordereau written to %1:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Write the bordereau de communication de pièces (PDF, in French) of the campaign&apos;s pieces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Copy pieces into a folder as Piece_01.pdf, Piece_02.jpg… with their bordereau, each copy checked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceSync</name>
    <message>
        <location filename="../models/sync/kinds/EvidenceKind.cpp" line="+74"/>
        <source>The piece &quot;%1&quot; received from the platform was left out: its campaign %2 is not on this desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Piece no. %1 &quot;%2&quot; received from the platform is no. %3 on this desk: no. %1 was already taken here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FrenchCalendar</name>
    <message>
        <location filename="../models/procedures/FrenchCalendar.cpp" line="+36"/>
        <source>New Year&apos;s Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Easter Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labour Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Victory in Europe Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ascension Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whit Monday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bastille Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assumption Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All Saints&apos; Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Armistice Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Christmas Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Good Friday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>St Stephen&apos;s Day (26 December)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 is %2, a public holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a Saturday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Alsace-Moselle (Bas-Rhin, Haut-Rhin, Moselle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metropolitan France</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuiOptions</name>
    <message>
        <location filename="../app/gui/GuiOptions.cpp" line="+26"/>
        <source>CaseDesk: legal-action campaigns, evidence and donations for associations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the desk stored in &lt;file&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill an empty desk with demo campaigns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Render the main window to &lt;png&gt; and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>png</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interface language: fr or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--lang takes fr or en, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelloAssoReader</name>
    <message>
        <location filename="../models/donations/platform/HelloAssoReader.cpp" line="+96"/>
        <source>unknown state &quot;%1&quot; (expected Authorized, Registered, Pending, Refused, Canceled, Refunded, Refunding, Contested...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the amount must be more than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the contribution to HelloAsso must be less than the payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+70"/>
        <source>expected HelloAsso payments ({&quot;data&quot;: [...]})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>missing column &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+17"/>
        <source>expected an amount such as 25,00, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <source>the payment number is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a date such as 14/03/2026, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>unknown state &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ICalendarWriter</name>
    <message>
        <location filename="../models/reports/ICalendarWriter.cpp" line="+106"/>
        <source>CaseDesk: procedures and deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+4"/>
        <source>Cannot write the calendar file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Deadline met: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DEADLINE: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Campaign: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedure: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lawyer: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Iban</name>
    <message>
        <location filename="../models/donations/ledger/BankAccount.cpp" line="+57"/>
        <source>The IBAN is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not an IBAN: it must start with a two-letter country code and two check digits, followed by 11 to 30 letters or digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The IBAN &quot;%1&quot; has wrong check digits (mod-97 check): a character is probably mistyped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportCommands</name>
    <message>
        <location filename="../app/cli/ImportCommands.cpp" line="+46"/>
        <source>No CSV mapping is named &quot;%1&quot;; saved mappings: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The CSV mapping &quot;%1&quot; cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+106"/>
        <source>%1: no such file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-92"/>
        <source>%1 takes camt, ofx or csv, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: &quot;%2&quot; is not a line of the file (1 to %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <source>line %1 (file line %2): duplicate, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>… and %n more duplicate(s) (--json lists them all)</source>
        <translation>
            <numerusform>… and %n more duplicate (--json lists them all)</numerusform>
            <numerusform>… and %n more duplicates (--json lists them all)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+40"/>
        <source>dry run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-18"/>
        <source>No campaign of this desk is known for the platform campaign(s) %1; give one with %2 ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Import a bank statement (CAMT.053, OFX or CSV); lines already in the desk are skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import a platform export (Ulule, HelloAsso; JSON or CSV): donors, donations and payouts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A line is a duplicate when the bank&apos;s reference, or its date, amount and label (and its rank among identical lines of the file), are already in the account. --force N imports line N anyway.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportResult</name>
    <message>
        <location filename="../models/donations/ledger/LedgerImport.cpp" line="+130"/>
        <source>imported %1, duplicates %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, updated %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeychainCredentials</name>
    <message>
        <location filename="../models/sync/Credentials.cpp" line="+24"/>
        <source>the keychain refused access (its unlock prompt was cancelled or denied).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no keychain service answers on this computer (such as GNOME Keyring or KWallet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this computer&apos;s keychain cannot do that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the keychain would not remove the entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the keychain did not answer as expected: it may be locked, its unlock prompt cancelled, or it has no keyring to store into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The keychain holds no token for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The keychain could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The token could not be stored in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The token could not be removed from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tokens are kept in this computer&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerCommands</name>
    <message>
        <location filename="../app/cli/LedgerCommands.cpp" line="+42"/>
        <source>The account was not added:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Account %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>IBAN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Raised (paid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flat campaign fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Still expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available for the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add a bank account (the IBAN is checked).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>List the bank accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A campaign&apos;s money: raised, refunded, fees, net received, still expected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerFeed</name>
    <message>
        <location filename="../models/sync/LedgerFeed.cpp" line="+62"/>
        <source>its amount is not a positive number of cents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+20"/>
        <source>it has no date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-18"/>
        <source>its status &quot;%1&quot; is not pending, paid, refunded or cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>it is now &quot;%1&quot; on the platform, but this desk cannot change it: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>the platform withdrew it; the ledger keeps what it already holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it names no campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this desk does not have its campaign %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The platform&apos;s donation %1 was left out: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The platform&apos;s payout %1 was left out: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the platform&apos;s feed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerImport</name>
    <message>
        <location filename="../models/donations/ledger/StatementImport.cpp" line="+126"/>
        <source>No bank account has the identifier %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is a statement of %1, not of the chosen account %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The statement is in %1; the account is in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 does not say which account it is for; choose the account to import into (--account IBAN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the statement&apos;s account: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The account %1 is new to this desk; it will be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This very file was already imported on %1 (as &quot;%2&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>same bank reference as line %1 of this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>same bank reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>same date, amount and label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 as line %2 of statement &apos;%3&apos; imported on %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/donations/ledger/LedgerImport.cpp" line="+69"/>
        <source>listed twice in this file (line %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>status %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>already imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+62"/>
        <source>No local campaign is chosen for the platform campaign(s) %1; choose one before importing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+64"/>
        <source>the order %1 (line %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, line %2: the order %3 has no positive amount.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LedgerSync</name>
    <message>
        <location filename="../models/sync/kinds/LedgerKinds.cpp" line="+147"/>
        <source>The donor &quot;%1&quot; deleted on the platform stays on this desk: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The donor &quot;%1&quot; received from the platform was left out: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The deletion of %1 received from the platform was left out: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 received from the platform was left out: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The donor %1 cannot be written: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The gift %1 cannot be written: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The record %1 cannot be deleted: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-95"/>
        <source>the gift of %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+124"/>
        <source>The donor &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The gift of %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-12"/>
        <source>%1 was not sent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-174"/>
        <source>its legal kind &quot;%1&quot; is not person or company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>its receipt choice &quot;%1&quot; is not per_gift, annual or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>its consent date &quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+159"/>
        <source>%1 was not sent: %2 Check: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemoryCredentials</name>
    <message>
        <location filename="../models/sync/Credentials.cpp" line="-62"/>
        <source>No keychain is available on this computer: the token is kept in memory for this session only and must be entered again after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(Why: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No token was given for %1 in this session.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MinutesPdf</name>
    <message>
        <location filename="../models/review/MinutesPdf.cpp" line="+19"/>
        <source>RNA %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The review round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dossier: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review round no. %1, opened on %2 by %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State of the round: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closed on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Superseded because: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fingerprint of the dossier: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In full (SHA-256): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The fingerprint names the exact dossier the board read: any change to the dossier gives another fingerprint, and another round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Members in office</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n member(s) of the board in office when the round opened.</source>
        <translation>
            <numerusform>%n member of the board in office when the round opened.</numerusform>
            <numerusform>%n members of the board in office when the round opened.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+49"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Took part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>did not vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>recused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>voted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Conflicts of interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No member declared a conflict of interest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, recused: %2 (declared on %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>— recorded by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No vote was cast.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cast on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The board approves the dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The board rejects the dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The quorum is not reached: no decision can be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reasons given for rejecting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Decision recorded on %1 by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Done on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done at %1, on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Secretary: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Extract from the minutes of the board of directors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cannot write the minutes %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/ReviewPdfReads.cpp" line="-78"/>
        <source>There is no review round %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewsCommands</name>
    <message>
        <location filename="../app/cli/NewsCommands.cpp" line="+38"/>
        <source>The news %1 was just deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PUBLISHED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TITLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The news was not added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>News &quot;%1&quot; published; it is sent at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>News &quot;%1&quot; unpublished; it is taken off the platform at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>News &quot;%1&quot; deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>List a campaign&apos;s news: drafts first, then the published ones, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write a news update (Markdown body read from FILE) and print its UUID; a draft unless --publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Publish a news update: the next sync sends it to the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make a news update a draft again: the next sync takes it off the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete a news update.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewsSync</name>
    <message>
        <location filename="../models/sync/kinds/NewsKind.cpp" line="+41"/>
        <source>The news &quot;%1&quot; received from the platform was left out: its campaign %2 is not on this desk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfxParser</name>
    <message>
        <location filename="../models/donations/statements/OfxStatementBuilder.cpp" line="+62"/>
        <location line="+14"/>
        <source>expected the OFX element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/donations/statements/OfxSgmlReader.cpp" line="+192"/>
        <location filename="../models/donations/statements/OfxStatementBuilder.cpp" line="+19"/>
        <source>unexpected &lt;/%1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/donations/statements/OfxStatementBuilder.cpp" line="+19"/>
        <source>%1 (expected a signed amount such as -12.50, found &apos;%2&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>expected a date as YYYYMMDD[HHMMSS], found &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the transaction has no %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+91"/>
        <source>this statement is for another account (%1) than the first one (%2); one file must hold one account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the file ends before &lt;/%1&gt; (opened at line %2): is it truncated?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file holds no bank or card statement (STMTRS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/donations/statements/OfxSgmlReader.cpp" line="-150"/>
        <source>the tag &lt;%1 is not closed by &apos;&gt;&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>expected an OFX header line such as OFXHEADER:100, found &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected OFXHEADER:100 and DATA:OFXSGML in the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the character set %1 is not supported (expected USASCII, 1252, ISO-8859-1 or UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>these bytes are not valid in the file&apos;s declared character set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>unexpected text &apos;%1&apos; outside a tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/donations/statements/OfxParser.cpp" line="+56"/>
        <source>the XML is malformed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected the OFX header &lt;?OFX OFXHEADER=&quot;200&quot; ...?&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfFlow</name>
    <message>
        <location filename="../models/reports/PdfFlow.cpp" line="+350"/>
        <source>fonts are not available in this program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the PDF could not be started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlatformImport</name>
    <message>
        <location filename="../models/donations/platform/PlatformImport.cpp" line="+119"/>
        <source>not an export this version knows: expected Ulule orders or HelloAsso payments, as the platform&apos;s API gives them (JSON) or its back office exports them (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/donations/platform/PlatformParsing.cpp" line="+48"/>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>expected an array, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the field is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected an object, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>expected text or a number, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the field is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected a date as text, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected a date such as 2026-03-14, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>expected a number of cents, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>expected a whole number of cents, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>expected an amount such as 12.50, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>expected an amount, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected an amount with at most two decimals, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+160"/>
        <source>a quoted field is not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the file is empty: expected a header line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected %1 fields as in the header, found %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrivacyRepository</name>
    <message>
        <location filename="../models/donations/privacy/PrivacyRepository.cpp" line="+69"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Erasure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcedureArguments</name>
    <message>
        <location filename="../app/cli/ProcedureArguments.cpp" line="+41"/>
        <source>%1: unknown value &quot;%2&quot;; use one of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>RULE: there is no deadline rule &quot;%1&quot;; use one of %2 (see &quot;deadline rules&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: &quot;%2&quot; is not a whole number from %3 to %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The procedure %1 was just deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The milestone %1 was just deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+90"/>
        <source>  [public]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  [met]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcedureCommands</name>
    <message>
        <location filename="../app/cli/ProcedureCommands.cpp" line="+62"/>
        <source>No procedures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+27"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+31"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+35"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Court name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lawyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appeal of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Appeal chain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Timeline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Nothing was changed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Created procedure %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved procedure %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Deleted procedure %1: %2 (and its milestones)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recorded deadline %1: %2, due %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>--deadline auto: a %1 of this procedure starts no deadline CaseDesk knows; name a rule instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Recorded milestone %1: %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This starts a deadline: %1 (%2), due %3. Record it with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This deadline is computed by rule %1; change the date of the milestone that starts it, or delete it and record one by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A computed deadline stays a deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saved milestone %1: %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Marked %1 as done: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marked %1 as open again: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Deleted milestone %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>List procedures, each appeal indented under the procedure it challenges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show a procedure, its appeal chain and its timeline with the reasoning of each deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add a procedure to a campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change one field of a procedure (&quot;appeals none&quot; unlinks it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete a procedure and its milestones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Record a milestone; a notification proposes the deadline it starts (--deadline auto records it); --public shows it on the campaign&apos;s public page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change the date, title, note, kind or public (yes/no) of a milestone; deadlines it started follow its date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>FIELD of a procedure: court, court-name, kind, case-number, lawyer, parties, status, appeals, region, notes; of a milestone: date, title, note, kind, public.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Mark a deadline as met (or open again with --undo).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete a milestone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Record the deadline RULE computed from the date of milestone ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>COURT: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KIND of procedure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STATUS: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KIND of milestone: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcedureJson</name>
    <message>
        <location filename="../models/procedures/ProcedureJson.cpp" line="+20"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1, procedure %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the field &quot;%2&quot; is missing or wrong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcedureSync</name>
    <message>
        <location filename="../models/sync/kinds/ProcedureKinds.cpp" line="+106"/>
        <source>The procedure &quot;%1&quot; received from the platform was left out: its campaign %2 is not on this desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The procedure &quot;%1&quot; received from the platform was left out: the procedure it appeals, %2, is not on this desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>it has no valid date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its procedure %1 is not on this desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its procedure was deleted on this desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it names itself as the milestone that starts it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the milestone that starts it, %1, is not on this desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The milestone &quot;%1&quot; received from the platform was left out: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcedureText</name>
    <message>
        <location filename="../models/procedures/Procedure.cpp" line="+66"/>
        <source>%1, no. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Tribunal administratif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cour administrative d&apos;appel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Conseil d&apos;État</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tribunal judiciaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cour d&apos;appel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cour de cassation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tribunal correctionnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public prosecutor (parquet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other court or body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recours pour excès de pouvoir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recours de plein contentieux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Référé-suspension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Référé-liberté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appeal (appel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appeal on points of law (pourvoi en cassation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Civil action (assignation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Civil interim relief (référé)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complaint (plainte)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complaint as civil party (plainte avec constitution de partie civile)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+40"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Being prepared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Contested decision published or notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pleadings exchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hearing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notification of the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptBatch</name>
    <message>
        <location filename="../models/receipts/ReceiptBatch.cpp" line="+33"/>
        <source>The association&apos;s profile does not say it is of general interest: it may not issue tax receipts (Association area).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The association&apos;s profile has no %1, which the receipt must state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>purpose (its object)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RNA or SIREN number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>receipt category (the Cerfa box it ticks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signatory&apos;s quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>place of signing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>This desk does not issue the receipts: only the treasurer&apos;s desk does (Tools, Tax receipts, or casedesk-cli settings receipts --issuer yes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1: the receipt&apos;s PDF cannot be read back: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <location line="+35"/>
        <source>%1: the folder for the receipts cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Tax receipts %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+96"/>
        <location line="+11"/>
        <source>%1: the mail-merge file cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>donor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptCodes</name>
    <message>
        <location filename="../models/receipts/Receipt.cpp" line="+116"/>
        <source>Company (Cerfa 16216, art. 238 bis CGI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Individual (Cerfa 11580*05, art. 200 CGI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Annual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Per gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recognised as of public utility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>General interest: defence of the natural environment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>General interest: social</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>General interest: humanitarian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>General interest: philanthropic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>General interest: educational</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>General interest: cultural</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free meals, care or housing for people in difficulty (75 %)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptCommands</name>
    <message>
        <location filename="../app/cli/ReceiptCommands.cpp" line="+43"/>
        <source>%1: &quot;%2&quot; is not a spelling; use traditional or 1990.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+272"/>
        <source>%1 YEAR is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-253"/>
        <source>Receipt &quot;%1&quot; is no longer on this desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No receipt can be issued on this desk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 and %2 cannot be given together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: a receipt cannot be dated after today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Receipt %1 cancelled; its number stays in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1: the folder cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Receipt %1 cancelled and replaced by %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Another desk (%1) has issued receipts: only one desk may issue them. If this desk takes over from it, say so with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Receipt settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amounts in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Example</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This desk issues receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counterpart ceiling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Issue the receipts due for the gifts of a year (each donor&apos;s choice of per gift or annual unless told), write their PDFs named by number and a mail-merge CSV in DIR; --preview only says what would be issued and who is skipped, and why. Run again after a stop: it continues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>List the receipts numbered in a year (this year unless told), or a donor&apos;s receipts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show a receipt, its gifts and its status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel a receipt; its number stays in the register, marked cancelled, with the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel a receipt and issue its replacement (new number, the donor as recorded now, the gifts still paid), which states the number it replaces; its PDF goes in DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write a receipt&apos;s PDF again (a copy, identical in content) in DIR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>List the receipts whose gift was refunded, cancelled or deleted since: cancel or replace them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write the register of a year&apos;s receipt numbers, in order, with their status and totals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The yearly declaration of art. 222 bis CGI for a year&apos;s gifts: total and number of receipts, and its deadline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Print an amount in French words as a tax receipt writes it (1080.50: mille quatre-vingts euros et cinquante centimes), in the desk&apos;s spelling unless --spelling says otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Spellings: traditional (deux cent vingt et un), 1990 (deux-cent-vingt-et-un); the desk&apos;s choice: settings receipts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the issuing desk issues, cancels and replaces receipts: settings receipts --issuer yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show the receipt settings; with options, change them: the spelling of amounts in words, whether this desk is the one that issues receipts, the amount under which the yearly batch issues none, and the yearly ceiling of counterparts not deducted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptOutput</name>
    <message>
        <location filename="../app/cli/ReceiptOutput.cpp" line="+16"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cancelled on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+80"/>
        <location line="+38"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+36"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+35"/>
        <location line="+21"/>
        <source>Donor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-55"/>
        <source>%1 (SIREN %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+32"/>
        <location line="+21"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-52"/>
        <location line="+31"/>
        <source>Gifts of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Issued on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+29"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Replaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not written yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Counterpart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Receipted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot issue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n receipt(s) to issue, %1 in all.</source>
        <translation>
            <numerusform>%n receipt to issue, %1 in all.</numerusform>
            <numerusform>%n receipts to issue, %1 in all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n receipt(s) numbered by a stopped batch still need their PDF.</source>
        <translation>
            <numerusform>%n receipt numbered by a stopped batch still needs its PDF.</numerusform>
            <numerusform>%n receipts numbered by a stopped batch still need their PDF.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Skipped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n receipt(s) issued.</source>
        <translation>
            <numerusform>%n receipt issued.</numerusform>
            <numerusform>%n receipts issued.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n PDF(s) written.</source>
        <translation>
            <numerusform>%n PDF written.</numerusform>
            <numerusform>%n PDFs written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n receipt(s) left to another process that issued them meanwhile.</source>
        <translation>
            <numerusform>%n receipt left to another process that issued it meanwhile.</numerusform>
            <numerusform>%n receipts left to another process that issued them meanwhile.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stopped: run the same command again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mail merge: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptPdf</name>
    <message>
        <location filename="../models/receipts/ReceiptPdf.cpp" line="+495"/>
        <source>Cannot write the receipt %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptPlanner</name>
    <message>
        <location filename="../models/receipts/ReceiptPlanner.cpp" line="+178"/>
        <source>no postal address (the receipt must state it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>asked for no receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>under the receipt threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the counterpart is worth the whole gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>identity erased at the donor&apos;s request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptPolicy</name>
    <message>
        <location filename="../models/receipts/ReceiptPolicy.cpp" line="+39"/>
        <source>Receipt threshold: the amount must be between 0 and 1,000,000,000 EUR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counterpart ceiling: the amount must be between 0 and 1,000,000,000 EUR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>BOI-IR-RICI-250-10-20-10: a counterpart worth at most a quarter of the gift, and at most the yearly ceiling over the donor&apos;s year, is not deducted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptRegister</name>
    <message>
        <location filename="../models/receipts/ReceiptRegister.cpp" line="+31"/>
        <location line="+23"/>
        <source>%1: the register cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-21"/>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>issued on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>donor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>period from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>period to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>gifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>counterparts deducted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>replaces</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptReportCommands</name>
    <message>
        <location filename="../app/cli/ReceiptReportCommands.cpp" line="+35"/>
        <source>No receipt to redo: every receipted gift is still paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Donor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gift is now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel each (receipts cancel) or replace it by one for the gifts still paid (receipts replace).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--out: &quot;%1&quot; must end in .csv or .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipts issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount receipted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gifts covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counterparts deducted</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Numbers missing from the register of %1: %n.</source>
        <translation>
            <numerusform>Numbers missing from the register of %1: %n.</numerusform>
            <numerusform>Numbers missing from the register of %1: %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Gifts received in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total on the receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled, left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Art. 222 bis CGI: declared with the results return (2065-SD, frame L; or 2070-SD), or for an association that files neither, on demarches-simplifiees.fr (&quot;déclaration des dons&quot;). The deadline is the second working day after 1 May for a financial year that ends on 31 December; three months after the close otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptRepository</name>
    <message>
        <location filename="../models/receipts/ReceiptReads.cpp" line="+109"/>
        <source>No receipt has the number &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Receipt &quot;%1&quot;: give its number (2027-00001) or at least 4 characters of its UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No receipt has the identifier &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt identifier &quot;%1&quot; matches several receipts; give its number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/receipts/ReceiptRepository.cpp" line="+61"/>
        <source>A receipt needs at least one gift with an amount to receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The gift of %1 dated %2 is no longer paid; no receipt was issued for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The gift of %1 dated %2 is already on receipt %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Receipt %1 is dated %2: a receipt of the same year cannot be dated earlier, or the numbers would not follow the dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Reason: say why the receipt is cancelled (it is kept in the register with it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+23"/>
        <source>No receipt %1 on this desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Receipt %1 is already cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>None of receipt %1&apos;s gifts is still paid: cancel it without a replacement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Receipt %1 cannot be replaced by one receipt; cancel it and issue new ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt %1 cannot be replaced: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>its number &quot;%1&quot; is not its year and order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it receipts a gift for nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its amount is not the sum of its gifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this desk already has a receipt numbered %1: only one desk may issue the receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its donor is not on this desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the receipt it replaces is not on this desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its gift %1 is not on this desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its gift %1 is already on receipt %2 here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it changes receipt %1 as it was issued (its number, donor, amounts or gifts): a receipt is never rewritten, only cancelled and replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>receipt %1 is cancelled here: a cancelled receipt is never valid again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is cancelled without a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <source>receipt %1 is never deleted: it stays in the register, cancelled if need be</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptSync</name>
    <message>
        <location filename="../models/sync/kinds/ReceiptKind.cpp" line="+72"/>
        <source>its document has no &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>its kind, form or status is not one this version knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>its donor or one of its dates is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>receipt %1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The deletion received from the platform was left out: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 received from the platform was left out: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The receipt %1 cannot be written: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The record %1 cannot be deleted: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReconcileCommands</name>
    <message>
        <location filename="../app/cli/ReconcileCommands.cpp" line="+53"/>
        <source>%1: &quot;%2&quot; is not a score from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <source>payout %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No proposals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Matched with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>Accepted %n proposal(s) scoring %1 or more.</source>
        <translation>
            <numerusform>Accepted %n proposal scoring %1 or more.</numerusform>
            <numerusform>Accepted %n proposals scoring %1 or more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n proposal(s) could not be accepted:</source>
        <translation>
            <numerusform>%n proposal could not be accepted:</numerusform>
            <numerusform>%n proposals could not be accepted:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No bank line or payout has the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no proposal for %1 now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Accepted: %1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rejected: %1 = %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Matched the bank line %1 with %n record(s).</source>
        <translation>
            <numerusform>Matched the bank line %1 with %n record.</numerusform>
            <numerusform>Matched the bank line %1 with %n records.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The bank line %1 is no longer reconciled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Closed the period %1 to %2 of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The option %1 TEXT is required: a reopen is logged with its reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reopened the period of %1 that contains %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Propose matches between bank credits and donations or payouts; with --auto accept those scoring --min-score or more (default 90).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Accept the current proposal for a bank line (or for a payout&apos;s donations).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reject the current proposal for a bank line; it is never proposed again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Match a bank line by hand with donations or payouts whose amounts add up to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Undo the accepted match of a bank line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close a reconciliation period when the statements&apos; balance agrees and every credit is reconciled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reopen the closed period that contains DATE; the reason is logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>List the reconciliation periods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Rules: 1 amount and reference, 2 amount and date, 3 several cheques in one deposit, 4 a payout&apos;s donations. LINE, TARGET and ID are uuids or unique prefixes of 4 characters or more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReconciliationEngine</name>
    <message>
        <location filename="../models/donations/reconcile/ReconciliationEngine.cpp" line="+308"/>
        <source>same amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>reference &apos;%1&apos; in the label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>donor name &apos;%1&apos; in the label</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n business day(s) after the payout</source>
        <translation>
            <numerusform>%n business day after the payout</numerusform>
            <numerusform>%n business days after the payout</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>same day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s) apart</source>
        <translation>
            <numerusform>%n day apart</numerusform>
            <numerusform>%n days apart</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+74"/>
        <source>%n cheques of the same day add up to the credit</source>
        <translation>
            <numerusform>%n cheques of the same day add up to the credit</numerusform>
            <numerusform>%n cheques of the same day add up to the credit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n cash donations of the same day add up to the credit</source>
        <translation>
            <numerusform>%n cash donations of the same day add up to the credit</numerusform>
            <numerusform>%n cash donations of the same day add up to the credit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n cheques from %1 to %2 add up to the credit</source>
        <translation>
            <numerusform>%n cheques from %1 to %2 add up to the credit</numerusform>
            <numerusform>%n cheques from %1 to %2 add up to the credit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n cash donations from %1 to %2 add up to the credit</source>
        <translation>
            <numerusform>%n cash donations from %1 to %2 add up to the credit</numerusform>
            <numerusform>%n cash donations from %1 to %2 add up to the credit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>deposited %n day(s) after the last one</source>
        <translation>
            <numerusform>deposited %n day after the last one</numerusform>
            <numerusform>deposited %n days after the last one</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+68"/>
        <source>%n donation(s) of the payout</source>
        <translation>
            <numerusform>%n donation of the payout</numerusform>
            <numerusform>%n donations of the payout</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 less commission %2 and fees %3 is the net %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the payout&apos;s gross says %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReconciliationPeriodRepository</name>
    <message>
        <location filename="../models/donations/reconcile/ReconciliationPeriodRepository.cpp" line="+35"/>
        <source>The period must end on or after its first day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+100"/>
        <source>There is no bank account %1 on the desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-92"/>
        <source>The period overlaps the closed period %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No imported statement lies within %1 to %2: the balance cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The statements of the period do not give their opening and closing balances: the balance cannot be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The balance does not agree: opening balance %1 plus the lines %2 makes %3, but the closing balance is %4 (a difference of %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n credit(s) of the period are not reconciled yet; reconcile them before closing.</source>
        <translation>
            <numerusform>%n credit of the period is not reconciled yet; reconcile it before closing.</numerusform>
            <numerusform>%n credits of the period are not reconciled yet; reconcile them before closing.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Give a reason to reopen a closed period: it is kept in the period&apos;s log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No closed period of %1 contains %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The bank line of %1 is in the closed period %2 to %3: reopen the period (with a reason) to change it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReconciliationRepository</name>
    <message>
        <location filename="../models/donations/reconcile/ReconciliationRepository.cpp" line="+128"/>
        <source>Choose at least one donation or payout for the bank line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>matched by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+228"/>
        <source>The bank line %1 is not on the desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-217"/>
        <source>The bank line of %1 is already reconciled; unmatch it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 is chosen twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+23"/>
        <source>The payout %1 is not on the desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-22"/>
        <source>The donation %1 is not on the desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is already reconciled with another bank line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The donation %1 was refunded or cancelled: no money of it reached the bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The donations add up to %1, less commission and fees %2, but the payout&apos;s net is %3 (a difference of %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A payout&apos;s donations are not rejected: leave the proposal, or link other donations by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The bank line of %1 has no accepted match to undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&quot;%1&quot; is not a bank line id (its uuid or the first 4 characters of it at least).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No bank line has the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Several bank lines start with %1; give more characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a donation or payout id (its uuid or the first 4 characters of it at least).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No donation or payout has the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Several donations or payouts start with %1; give more characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>The chosen donations and payouts add up to %1 but the bank line is %2: a difference of %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>References</name>
    <message>
        <location filename="../app/cli/References.cpp" line="+28"/>
        <source>The campaign %1 was just deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The option %1 ID is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No account has the IBAN &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No account has the IBAN %1; add it with &quot;accounts add&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterPdf</name>
    <message>
        <location filename="../models/receipts/RegisterPdf.cpp" line="+168"/>
        <source>Cannot write the register %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewCodes</name>
    <message>
        <location filename="../models/review/Review.cpp" line="+97"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abstain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>signed and verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>recorded by the secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>signature invalid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewCommands</name>
    <message>
        <location filename="../app/cli/ReviewCommands.cpp" line="+82"/>
        <source>This desk belongs to no board member: give %1 MEMBER, or set the desk&apos;s owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No review round has the identifier %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No round is open: %1 was superseded (%2). Start a new one with &quot;review start&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No review round is open for this campaign; start one with &quot;review start&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: &quot;%2&quot; is not a vote; give approve, reject or abstain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>recorded by %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Round %1 of &quot;%2&quot; opened on the dossier %3, for %n member(s) in office.</source>
        <translation>
            <numerusform>Round %1 of &quot;%2&quot; opened on the dossier %3, for %n member in office.</numerusform>
            <numerusform>Round %1 of &quot;%2&quot; opened on the dossier %3, for %n members in office.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Superseded because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>has not voted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>recused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+9"/>
        <source>MEMBER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-9"/>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+9"/>
        <source>VOTE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CAST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CHECK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>REASON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Decision so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SECTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>AUTHOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>COMMENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Comment resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comment open again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Vote &quot;%1&quot; signed and recorded in %2 (dossier %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: &quot;%2&quot; is not a way to give a vote; give meeting, email, letter or phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Vote &quot;%1&quot; recorded in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Conflict of interest declared: recused from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The board approved the dossier %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The board rejected the dossier %1; the campaign is a draft again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing was registered: votes from this computer need a keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1&apos;s signing key is in this computer&apos;s keychain; its public key is registered with the board: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Submit the campaign&apos;s dossier to the board: a new round on a frozen snapshot (a draft goes in review).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show a round (the latest by default): fingerprint, members, each vote with its check, the decision, the comments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Comment on a section of the dossier under review, or reply to a comment (TEXT &quot;-&quot;: read from stdin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mark a review comment resolved (or open again with --reopen).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Vote on the open round as this desk&apos;s owner (or MEMBER), signed with the key in this computer&apos;s keychain; a rejection needs its reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Record, as the secretary (this desk&apos;s owner or --secretary), a vote given at a meeting, by e-mail, letter or phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Declare a conflict of interest: the member is recused from the round and the next ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Record the board&apos;s decision on the open round when its quorum is met; a rejection sends the campaign back to draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>MEMBER: a board member&apos;s name, UUID or UUID prefix. ROUND: a UUID prefix or &quot;latest&quot;. Sections: as &quot;review show --json&quot; and the dossier name them (case, budget/..., evidence/P-3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Make the member&apos;s signing key: the private key goes to this computer&apos;s keychain, the public key is registered with the board.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPdfCommands</name>
    <message>
        <location filename="../app/cli/ReviewPdfCommands.cpp" line="+21"/>
        <source>The option %1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 takes fr or en, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dossier written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Minutes written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Write the dossier for the board as a PDF: the round&apos;s frozen dossier with --round, else the dossier as it stands (French unless --lang en).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Write the extract of the board&apos;s minutes for a review round (PDF, in French; the latest round unless --round).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPdfText</name>
    <message>
        <location filename="../models/review/ReviewPdfText.cpp" line="+17"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a former member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>recorded by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>recorded by %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dossier %1 — page %2 / %3</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is closed (%2): comment on the campaign&apos;s current round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The comment is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The comment %1 is not one of %2: a reply answers a comment of the same round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The dossier of %1 has no section &quot;%2&quot;; its sections are: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>No review comment has the identifier %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Comment identifier &quot;%1&quot; is too short; give at least 4 characters of its UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No review comment has the identifier &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment identifier &quot;%1&quot; matches several comments; give more characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A review comment arrived for a round this desk does not hold (%1): it was not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/ReviewRecusals.cpp" line="+8"/>
        <source>%1 has already declared a conflict of interest in %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: say what the interest is; the minutes record it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has already voted in %2: a conflict of interest is declared before voting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is not the board&apos;s secretary in office: only the secretary records a declaration for another member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+70"/>
        <source>A declaration of interest arrived for a review round this desk does not hold (%1): it was not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/ReviewRepository.cpp" line="-167"/>
        <location line="+140"/>
        <source>The dossier changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-117"/>
        <source>the desk&apos;s staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>round %1 of &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No campaign has the identifier %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is past review: only a draft or a campaign in review goes to the board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; cannot go to the board yet: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Round %1 of &quot;%2&quot; is already open on this version of the dossier (fingerprint %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The board has no member in office: add the members (Association, Board) before submitting &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The dossier of &quot;%1&quot; could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+95"/>
        <source>%1 is closed (%2): it cannot be decided again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No decision can be recorded yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rejected by the board (round %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+163"/>
        <source>A review round of &quot;%1&quot; arrived without its fingerprint: it was not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; has never been submitted to the board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Round identifier &quot;%1&quot; is too short; give at least 4 characters of its UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No review round has the identifier &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round identifier &quot;%1&quot; matches several rounds; give more characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The review round &quot;%1&quot; is not one of this campaign&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/review/ReviewVotes.cpp" line="-101"/>
        <source>the member %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No board member has the identifier %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was not a member of the board in office when %2 opened: they do not take part in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 left the board on %2: they no longer take part in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 declared a conflict of interest in %2 (%3): a recused member does not vote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 was superseded on %2 (%3): it takes nothing more; the next round will be on the new version of the dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 was decided on %2: it takes nothing more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+63"/>
        <source>%1: a rejection needs its reason, for the other members and the minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-57"/>
        <source>%1 has no signing key registered with the board: make one (board key) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The signing key on this computer is not the one registered for %1: the vote cannot be signed in their name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 has just cast this very vote in %2: it is counted once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 is not the board&apos;s secretary in office: only the secretary records a vote given at a meeting or by e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Say how %1 gave the vote (a meeting, an e-mail, a letter or a call).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+66"/>
        <source>A vote arrived for a review round this desk does not hold (%1): it was not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The vote of %1 reached %2, which was superseded on %3: it was not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The vote of %1 reached %2, which was decided on %3: it was not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The vote of %1 in %2 carries the signature of a vote already counted: it was not counted twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewSync</name>
    <message>
        <location filename="../models/sync/kinds/ReviewKinds.cpp" line="+88"/>
        <location line="+162"/>
        <location line="+229"/>
        <source>%1 received from the platform was left out: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-380"/>
        <source>the board&apos;s review is kept whole: its records are never deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+103"/>
        <source>its rules or its status are not ones this version knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its campaign, number or opening time is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its snapshot does not give its fingerprint (tampered with or truncated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>review round %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 was closed on another desk first (%2): a round is closed once, so this desk&apos;s closing (%3) was dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+61"/>
        <source>its choice or form is not one this version knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+86"/>
        <source>its round, member or time is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-78"/>
        <source>the vote &quot;%1&quot; cast %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The platform refused %1: %2 The vote stays on this desk and is not sent again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The platform refused %1, which is not sent again: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the declaration of interest &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>the comment of %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>its round, section, text or time is missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewText</name>
    <message>
        <location filename="../models/review/ReviewText.cpp" line="+9"/>
        <source>%1 · round %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 — round %2 open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — round %2 approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — round %2 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — round %2 superseded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SigningKeys</name>
    <message>
        <location filename="../models/review/SigningKeys.cpp" line="+29"/>
        <source>the keychain refused access (its unlock prompt was cancelled or denied).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no keychain service answers on this computer (such as GNOME Keyring or KWallet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the keychain did not answer as expected: it may be locked, or have no keyring to store into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This computer&apos;s keychain holds no signing key for this member: make one first (board key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The signing key in this computer&apos;s keychain is damaged: make a new one (board key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The signing key could not be read from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The signing key could not be stored in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The signing key could not be removed from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No signing key could be made (OpenSSL refused).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteStatement</name>
    <message>
        <location filename="../models/storage/SqliteStatement.cpp" line="+29"/>
        <source>Cannot prepare a statement: the desk is not an open SQLite file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot prepare a statement: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatementFormats</name>
    <message>
        <location filename="../models/donations/statements/StatementFormat.cpp" line="+80"/>
        <source>unknown format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cannot open the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>this is not a CAMT.053, OFX or CSV bank statement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncClient</name>
    <message>
        <location filename="../models/sync/SyncClient.cpp" line="+50"/>
        <source>&quot;%1&quot; is not a server address such as https://platform.example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server address must start with https:// (plain http is accepted only for this computer, 127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The platform asks to slow down; waiting %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No answer from the platform (%1); trying again in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The platform answered %1; trying again in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Connected: the platform accepts this desk&apos;s token &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The sync was stopped; what was not sent waits for the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done: sent %1, received %2, new conflicts %3, waiting to be sent %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/sync/SyncPush.cpp" line="+75"/>
        <source>Sending %n change(s)…</source>
        <translation>
            <numerusform>Sending %n change…</numerusform>
            <numerusform>Sending %n changes…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+148"/>
        <source>The platform does not take several changes in one request; sending them one at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>The platform&apos;s answer to %n change(s) sent together could not be read; they wait for the next sync.</source>
        <translation>
            <numerusform>The platform&apos;s answer to the change sent could not be read; it waits for the next sync.</numerusform>
            <numerusform>The platform&apos;s answer to %n changes sent together could not be read; they wait for the next sync.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Sent the deletion of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>&quot;%1&quot; was changed on the platform too: kept as a conflict for you to decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sync/SyncPull.cpp" line="+97"/>
        <source>Receiving the others&apos; changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+64"/>
        <source>%n record(s) of kind &quot;%1&quot; received from the platform were left out: this version of CaseDesk does not know that kind (a newer desk&apos;s).</source>
        <translation>
            <numerusform>%n record of kind &quot;%1&quot; received from the platform was left out: this version of CaseDesk does not know that kind (a newer desk&apos;s).</numerusform>
            <numerusform>%n records of kind &quot;%1&quot; received from the platform were left out: this version of CaseDesk does not know that kind (a newer desk&apos;s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Received %n change(s).</source>
        <translation>
            <numerusform>Received %n change.</numerusform>
            <numerusform>Received %n changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n record(s) changed on both sides: kept as conflicts for you to decide.</source>
        <translation>
            <numerusform>%n record changed on both sides: kept as conflicts for you to decide.</numerusform>
            <numerusform>%n records changed on both sides: kept as conflicts for you to decide.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../models/sync/SyncFiles.cpp" line="+72"/>
        <source>The file of the piece &quot;%1&quot; cannot be read from the evidence folder; the piece was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sending the file of &quot;%1&quot; (%2 MiB)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Sent the file of &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Receiving the file of &quot;%1&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The file of &quot;%1&quot; is not on the platform; the piece was left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Cannot write the file of &quot;%1&quot; into the evidence folder %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sync/SyncClient.cpp" line="-89"/>
        <source>Type the platform&apos;s address first, such as https://platform.example.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/sync/SyncFiles.cpp" line="+16"/>
        <source>The file of &quot;%1&quot; received from the platform does not match its SHA-256 fingerprint; it was not kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../models/sync/SyncClient.cpp" line="+102"/>
        <source>The platform could not be reached after %n attempt(s): %1</source>
        <translation>
            <numerusform>The platform could not be reached after %n attempt: %1</numerusform>
            <numerusform>The platform could not be reached after %n attempts: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The platform refused the token; check the keychain entry or CASEDESK_TOKEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The platform answered %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 Refused: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncCommands</name>
    <message>
        <location filename="../app/cli/SyncCommands.cpp" line="+37"/>
        <source>No token: set %1 (no keychain is available here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Or set %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sent %1, received %2, new conflicts %3, waiting to be sent %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n new conflict(s): see &quot;conflicts list&quot;.</source>
        <translation>
            <numerusform>%n new conflict: see &quot;conflicts list&quot;.</numerusform>
            <numerusform>%n new conflicts: see &quot;conflicts list&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s) still waiting to be sent.</source>
        <translation>
            <numerusform>%n change still waiting to be sent.</numerusform>
            <numerusform>%n changes still waiting to be sent.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The desk and the platform have not converged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No keychain is available here, so the token cannot be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scripts can give the token in %1 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Give the token on standard input, e.g. from a password manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The token for %1 is stored in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The keychain no longer holds a token for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+48"/>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+48"/>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>See &quot;conflicts list&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Conflict %1 on %2 %3 &quot;%4&quot;, found %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>* a side to choose: conflicts resolve ID --keep mine|theirs [--take FIELD=mine|theirs]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>--keep takes &quot;mine&quot; or &quot;theirs&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--take %1: expected FIELD=mine or FIELD=theirs, FIELD one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Decide every field that differs (%1) with --take, or give --keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Resolved; the result is sent to the platform at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolved; the desk now holds the platform&apos;s version, nothing to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Send the waiting changes to the platform and receive the others&apos; changes; exit 0 when everything converged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Store the platform token, read from standard input, in the keychain (exit 1 when there is no keychain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove the platform token from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>List the conflicts waiting for a decision (mine and theirs; --json for both documents).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Show a conflict field by field: mine, theirs, and the fields to decide (--json).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Decide a conflict: keep one side, or take each differing field from a side; the result is sent at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The token comes from %1, else from the keychain (service &quot;casedesk&quot;, key = the server URL).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncKinds</name>
    <message>
        <location filename="../models/sync/SyncKinds.cpp" line="+74"/>
        <source>The desk holds records of kind &quot;%1&quot;, which this version of CaseDesk does not know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The platform holds records of kind &quot;%1&quot;, which this version of CaseDesk does not know.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncQueue</name>
    <message>
        <location filename="../models/sync/SyncQueue.cpp" line="+43"/>
        <source>Changes of kind &quot;%1&quot; wait in the outbox, but this version of CaseDesk does not know that kind; they stay on the desk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncTransport</name>
    <message>
        <location filename="../models/sync/SyncTransport.cpp" line="+38"/>
        <source>No certificate could be read from %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UluleReader</name>
    <message>
        <location filename="../models/donations/platform/UluleReader.cpp" line="+110"/>
        <source>unknown status &quot;%1&quot; (expected one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the amount must be more than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>expected the orders of a Ulule project ({&quot;orders&quot;: [...]})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>missing column &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>the order number is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected a date such as 14/03/2026, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>expected an amount such as 25,00, found &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unknown status &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <location filename="../app/cli/Values.cpp" line="+20"/>
        <location line="+10"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: &quot;%2&quot; is not a date; write it as yyyy-mm-dd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: &quot;%2&quot; is not a percentage; write it like 5 or 5.25.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: &quot;%2&quot; must be between 0 and 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>N: &quot;%1&quot; is not a line number (1 for the first line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>URL: &quot;%1&quot; is not a web address; it must start with http:// or https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: write yes or no, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1%</source>
        <extracomment>A percentage; French puts a (narrow no-break) space before the sign.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commission (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flat campaign fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net for the action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vault</name>
    <message>
        <location filename="../models/evidence/Vault.cpp" line="+67"/>
        <location line="+115"/>
        <source>Cannot create the evidence folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-81"/>
        <source>The file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a folder; attach the files inside it instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file %1 is larger than the limit of %2 MiB for one piece; it was not attached. The limit can be changed in the evidence settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+35"/>
        <source>Cannot read the file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Cannot write into the evidence folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Attaching %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot copy %1 into the evidence folder %2 (is the disk full?): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot write %1 to the disk in the evidence folder %2 (is the disk full?): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot move the copy into the evidence folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot write the evidence folder %1 to the disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot delete %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <location filename="../models/campaigns/Workflow.cpp" line="+36"/>
        <source>Title is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The harm the action fights is not described.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal basis is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Court is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opposing party is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Funding goal must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>End date is not set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+44"/>
        <source>End date must be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-42"/>
        <source>The budget has no lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The budget lines add up to %1 but the funding goal is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Budget line %1 has no label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The &quot;Use of funds&quot; tab is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The lawyer in charge of the case is not named.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The lawyer&apos;s assessment of the prospects is not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The risks of the action (adverse costs included) are not described.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the association is the one to act is not explained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only an approved campaign can be published; this one is &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A campaign cannot go from &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The association&apos;s profile has no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The association&apos;s profile needs a valid RNA number before publishing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::AssociationPage</name>
    <message>
        <location filename="../ui/association/AssociationPage.cpp" line="+36"/>
        <source>e.g. Association loi 1901</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>W, prefecture code and 6 digits, e.g. W313012345</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>9 digits (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Of general interest: may issue tax receipts to donors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. President</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The box of the Cerfa&apos;s &quot;Bénéficiaire&quot; section that the receipts tick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the receipts are signed, e.g. Toulouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remo&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Legal form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;RNA number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;SIREN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signatory&apos;s na&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatory&apos;s r&amp;ole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt &amp;category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipts signed &amp;at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+189"/>
        <source>Signature image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-186"/>
        <source>The association that takes the legal action. Its RNA number is required before a campaign is published; the signatory signs the tax receipts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Edits not saved were undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Not saved: fix the highlighted field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>association profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not saved: %1 is not an image this application can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>None: the receipts are signed by hand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::AssociationRepository</name>
    <message>
        <location filename="../models/campaigns/AssociationRepository.cpp" line="+64"/>
        <source>The association&apos;s profile was changed elsewhere since it was opened; it has been reloaded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::AttachJob</name>
    <message>
        <location filename="../models/evidence/EvidenceJobs.cpp" line="+143"/>
        <source>%1 is already piece no. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n piece(s) attached.</source>
        <translation>
            <numerusform>%n piece attached.</numerusform>
            <numerusform>%n pieces attached.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n of them already had their file in the vault (another campaign); it is stored once.</source>
        <translation>
            <numerusform>%n of them already had their file in the vault (another campaign); it is stored once.</numerusform>
            <numerusform>%n of them already had their file in the vault (another campaign); it is stored once.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not attached twice: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled: the remaining files were not attached.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::BackupController</name>
    <message>
        <location filename="../ui/backup/BackupController.cpp" line="+56"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>No backup yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up with File ▸ Back up…, or turn on automatic backups in Tools ▸ Automatic backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Last backup %n day(s) ago</source>
        <translation>
            <numerusform>Last backup %n day ago</numerusform>
            <numerusform>Last backup %n days ago</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last backup: %1. Back up with File ▸ Back up…, or turn on automatic backups in Tools ▸ Automatic backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last backup: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back up now with File ▸ Back up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Copying the desk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+27"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+144"/>
        <source>Automatic backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-144"/>
        <source>Back up the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copying the desk: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the backup: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Restoring the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+52"/>
        <location line="+13"/>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Restoring the backup: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Backup written: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backup cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup was not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>CaseDesk backups (*.casedesk-backup);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot restore this backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This backup is encrypted. Enter the passphrase it was made with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1-restored-%2.db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore into a new desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CaseDesk desks (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Restore cancelled: nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup was not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>The backup was restored into the new desk %1, with %n evidence file(s). This window stays on the current desk. Open the restored desk in a new window?</source>
        <translation>
            <numerusform>The backup was restored into the new desk %1, with %n evidence file. This window stays on the current desk. Open the restored desk in a new window?</numerusform>
            <numerusform>The backup was restored into the new desk %1, with %n evidence files. This window stays on the current desk. Open the restored desk in a new window?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Automatic backup settings saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Automatic backups of this desk are encrypted. Enter their passphrase for this session: CaseDesk keeps it in memory until you quit and never stores it. Cancel skips this backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No automatic backup this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 Your desk is saved; the backup will be tried again when the window next closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The automatic backup was not written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::BackupDialog</name>
    <message>
        <location filename="../ui/backup/BackupDialog.cpp" line="+21"/>
        <source>&amp;Encrypt it with a passphrase (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do &amp;not encrypt it: anyone who gets the file can read the whole desk, donors&apos; personal data included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Back up the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One file holds the whole desk and its evidence files, as saved now. Keep it somewhere else than this computer: a USB key, a synced folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>CaseDesk never stores the passphrase: without it the backup cannot be restored by anyone, you included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Back up the desk to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CaseDesk backups (*.casedesk-backup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::BackupSettingsDialog</name>
    <message>
        <location filename="../ui/backup/BackupSettingsDialog.cpp" line="+22"/>
        <source>&amp;Back up when the window closes, at most once a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Encrypted: CaseDesk asks for the passphrase once per session, at the first automatic backup, and never stores it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Not encrypted: anyone who gets the folder can read the whole desk, donors&apos; personal data included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Automatic backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Folder (a USB key, a synced folder):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backups to &amp;keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Folder for the automatic backups</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::BankCreditModel</name>
    <message>
        <location filename="../models/itemmodels/BankCreditModel.cpp" line="+82"/>
        <source>payout %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✓ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bank label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matched with</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::BankRepository</name>
    <message>
        <location filename="../models/donations/ledger/BankRepository.cpp" line="+92"/>
        <source>IBAN: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>IBAN: the account &quot;%1&quot; already has this IBAN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Currency: use a three-letter code such as EUR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The account %1 was changed or deleted elsewhere since it was opened; it has been reloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No bank account has the identifier %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>The account %1 has %n imported statement(s); it cannot be deleted.</source>
        <translation>
            <numerusform>The account %1 has %n imported statement; it cannot be deleted.</numerusform>
            <numerusform>The account %1 has %n imported statements; it cannot be deleted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::BoardMember</name>
    <message>
        <location filename="../models/board/BoardMember.cpp" line="+33"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>president</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>treasurer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::BoardMemberDialog</name>
    <message>
        <location filename="../ui/association/BoardMemberDialog.cpp" line="+22"/>
        <source>New board member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. vice-présidente, membre d&apos;honneur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>still in office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role &amp;wording:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In office &amp;from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Until:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::BoardPane</name>
    <message>
        <location filename="../ui/association/BoardPane.cpp" line="+51"/>
        <source>The board (conseil d&apos;administration) reviews each dossier and votes on it before money is raised. Its rules are those of the statutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add member…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Retire…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What this desk does in a review is done in this member&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This desk &amp;belongs to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The statutes&apos; rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A &amp;fraction of the members in office:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A &amp;number of members:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Simple majority of the votes cast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Absolute majority of the members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two thirds of the votes cast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unanimity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Abstentions count as votes cast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The president&apos;s vote decides a tie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Appl&amp;y the rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Quorum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Majority:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Staff, no member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+76"/>
        <source>The rules are saved; a review round opened from now on follows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Retire %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mandate of %1 ends on this day. The member stays in the board&apos;s history and in the rounds they took part in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Retire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last day in &amp;office:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::BoardRules</name>
    <message>
        <location filename="../models/board/BoardRules.cpp" line="-161"/>
        <source>half</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a third</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>two thirds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>three quarters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n member(s)</source>
        <translation>
            <numerusform>%n member</numerusform>
            <numerusform>%n members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Quorum: at least %n member(s) in office take part.</source>
        <translation>
            <numerusform>Quorum: at least %n member in office takes part.</numerusform>
            <numerusform>Quorum: at least %n members in office take part.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quorum: %1 of the members in office (%2 of %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Majority: more approvals than half of the votes cast (simple majority).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Majority: more approvals than half of the members in office who are not recused (absolute majority).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Majority: at least two thirds of the votes cast approve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Majority: every vote cast approves (unanimity).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Abstentions count as votes cast: an abstention weighs like a rejection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Abstentions do not count as votes cast: only approvals and rejections are weighed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>In an equal split, the president&apos;s vote decides (if the president voted for or against).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In an equal split, the dossier is rejected: the president has no casting vote.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::BordereauDialog</name>
    <message>
        <location filename="../ui/evidence/BordereauDialog.cpp" line="+24"/>
        <source>Bordereau de communication de pièces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Tribunal administratif de Toulouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 2401234</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Association Zone humide c/ Préfet du Tarn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Me Claire Martin, avocate au barreau de Toulouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n piece(s) will be listed. The document is in French, the language of the court.</source>
        <translation>
            <numerusform>%n piece will be listed. The document is in French, the language of the court.</numerusform>
            <numerusform>%n pieces will be listed. The document is in French, the language of the court.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case &amp;number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Parties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lawyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write PDF…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::BudgetLinesEditor</name>
    <message>
        <location filename="../ui/campaigns/BudgetLinesEditor.cpp" line="+28"/>
        <source>Add line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add a budget line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Budget line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::CampaignBudgetForm</name>
    <message>
        <location filename="../ui/campaigns/CampaignBudgetForm.cpp" line="+27"/>
        <source>Funding goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Funding &amp;goal (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Budget lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>End date: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::CampaignCaseForm</name>
    <message>
        <location filename="../ui/campaigns/CampaignCaseForm.cpp" line="+36"/>
        <source>Before the board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A short, clear title for donors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One or two sentences that say what the action is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What harm does the action fight? (wetland destroyed, health risk…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Articles, principles and the kind of action (recours pour excès de pouvoir, référé-suspension…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Tribunal administratif de Toulouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Préfet du Tarn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ca&amp;use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Harm fought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ourt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;pposing party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The board approves an action on what it reads here. These fields stay on this desk and the association&apos;s: they are never published with the campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>e.g. Me Claire Dupuis, barreau de Toulouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The board asks who will plead: it approves an action, and the lawyer who will carry it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The lawyer&apos;s view of the chances of success, and on what they rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The board asks for the lawyer&apos;s own assessment of the prospects: members decide whether the association&apos;s money and name are well spent on this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What may go wrong: inadmissibility, a long procedure, costs, reputation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The board asks for the risks, adverse costs included: a lost case can cost the association more than the lawyer&apos;s fees.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adverse costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the court may order the association to pay the other side if it loses (article 700 CPC, L. 761-1 CJA): the board weighs it against the reserves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why this association, and not another or the people affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The board asks why the association is the one to act: its purpose, its standing to sue (agrément, statutes) and what it adds to the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Law&amp;yer in charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lawyer&apos;s &amp;assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ad&amp;verse costs (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why the assoc&amp;iation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::CampaignEditor</name>
    <message>
        <location filename="../ui/campaigns/CampaignEditor.cpp" line="+94"/>
        <source>&amp;Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Budget and fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Press</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Explain to donors how their money will be spent, and what happens to any surplus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Use of funds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ne&amp;ws</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+73"/>
        <location line="+226"/>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-217"/>
        <source>Editing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Not saved: the campaign changed elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Could not save: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Saved at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Edits not saved were undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>harm fought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opposing party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>funding goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>budget lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>press articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>use of funds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No campaign selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This campaign is &quot;%1&quot;: what the board reviewed stays as it was. Return it to draft to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Withdraw campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw &quot;%1&quot;? A withdrawn campaign cannot be reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not change the status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;b&gt;Cannot %1 yet:&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Status changed to &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Everything the review needs is filled in: you can submit the campaign for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Delete campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete &quot;%1&quot;? It disappears from this desk and, at the next sync, from your colleagues&apos; desks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::CampaignListModel</name>
    <message>
        <location filename="../models/itemmodels/CampaignListModel.cpp" line="+43"/>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Court</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::CampaignReportView</name>
    <message>
        <location filename="../ui/donations/CampaignReportView.cpp" line="+68"/>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+325"/>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-288"/>
        <source>Where the money went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Gross raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refunded (not in gross)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platform commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flat campaign fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Net received in the bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Still expected from platforms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Available for the legal action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+90"/>
        <source>No campaign yet: create one to see its donations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>− %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n paid donation(s)</source>
        <translation>
            <numerusform>%n paid donation</numerusform>
            <numerusform>%n paid donations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n refunded donation(s)</source>
        <translation>
            <numerusform>%n refunded donation</numerusform>
            <numerusform>%n refunded donations</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Of the %1 given, %2 (%3 %) is available for the legal action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 of pending donations is not counted yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: %2 (%3 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Where each euro of the %1 raised goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No paid donation yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Paid donations (euros)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Euros (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Donations per month, in euros</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 - fee report.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+10"/>
        <location line="+17"/>
        <source>Export the fee report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-27"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Report written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+17"/>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+4"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paid donations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::CampaignRepository</name>
    <message>
        <location filename="../models/campaigns/CampaignRepository.cpp" line="+177"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The campaign &quot;%1&quot; no longer exists; it was deleted elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The campaign &quot;%1&quot; was changed elsewhere since it was opened; it has been reloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The campaign &quot;%1&quot; is &quot;%2&quot;: return it to draft before editing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+41"/>
        <location line="+32"/>
        <source>No campaign has the identifier %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-57"/>
        <source>Round %1 was opened on another desk: only that desk holds the whole dossier the board read and can check that it has not changed since. Approve the campaign there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The board has not approved this version of the dossier (fingerprint %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Back to draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaign withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The campaign &quot;%1&quot; is &quot;%2&quot;: only drafts and withdrawn campaigns can be deleted; withdraw it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Campaign identifier &quot;%1&quot; is too short; give at least 4 characters of its UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No campaign has the identifier &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign identifier &quot;%1&quot; matches several campaigns; give more characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Received from the platform</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::CampaignsPage</name>
    <message>
        <location filename="../ui/campaigns/CampaignsPage.cpp" line="+53"/>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Search title, court, opposing party… (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All causes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+86"/>
        <source>New campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Start a new campaign draft (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+68"/>
        <source>%n campaign(s) shown</source>
        <translation>
            <numerusform>%n campaign shown</numerusform>
            <numerusform>%n campaigns shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n in all</source>
        <translation>
            <numerusform>%n in all</numerusform>
            <numerusform>%n in all</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not create the campaign: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::ClosePeriodDialog</name>
    <message>
        <location filename="../ui/donations/ClosePeriodDialog.cpp" line="+32"/>
        <source>Close a reconciliation period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A closed period is locked: its lines and matches cannot change until it is reopened, with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::CommentsPane</name>
    <message>
        <location filename="../ui/review/CommentsPane.cpp" line="+34"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+96"/>
        <source>Resolve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Comments on this section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+97"/>
        <source>A comment on this section, or a reply to the selected comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Adds the text as a new comment on this section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adds the text as a reply to the selected comment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&lt;b&gt;Comments&lt;/b&gt; on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1, %2:
%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✓ Resolved by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No comment on this section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comments open once the dossier is submitted to the board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This round is closed: its comments are kept as they were.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::ConflictsView</name>
    <message>
        <location filename="../ui/sync/ConflictsView.cpp" line="+36"/>
        <source>Keep &amp;mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep &amp;theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Apply my choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mine (this desk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Theirs (platform)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every field as on this desk; it is sent at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every field as on the platform; nothing is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each differing field from the side chosen on its row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Conflict resolved; the result is sent at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict resolved; the desk now holds the platform&apos;s version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::CsvMappingDialog</name>
    <message>
        <location filename="../ui/donations/CsvMappingDialog.cpp" line="+53"/>
        <source>The first row names the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Booking date column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value date column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second label column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debit column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counterparty column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Columns of the CSV statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Semicolon ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma ,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows-1252 (Western Europe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comma: 1 234,56</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Point: 1,234.56</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. Crédit Coopératif (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First rows of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Separator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines to &amp;skip before the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date &amp;format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Booking date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Value date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount (signed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>or Debi&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>and C&amp;redit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;ference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ounterparty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save these columns as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+74"/>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::CsvMappingStore</name>
    <message>
        <location filename="../models/donations/statements/CsvMappingStore.cpp" line="+33"/>
        <source>Give the column mapping a name (the bank&apos;s, say).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::DateEdit</name>
    <message>
        <location filename="../ui/common/DateEdit.cpp" line="+44"/>
        <source>Pick the date in a calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+30"/>
        <source>Give a date, as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::DeadlineListModel</name>
    <message>
        <location filename="../models/itemmodels/DeadlineListModel.cpp" line="+50"/>
        <source>1 day overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 days overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 [%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 — due %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::DeadlinesPage</name>
    <message>
        <location filename="../ui/procedures/DeadlinesPage.cpp" line="+33"/>
        <source>&amp;Open procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show deadlines due within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue, and due &amp;within:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport to calendar…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the milestones and deadlines of every campaign to an iCalendar (.ics) file, with reminders, for the lawyer&apos;s and the board&apos;s calendars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Nothing due within %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 due within %2 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Marked as met: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Exported %1 event(s) to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export to calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>iCalendar files (*.ics)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::DecisionPanel</name>
    <message>
        <location filename="../ui/review/DecisionPanel.cpp" line="+29"/>
        <source>Record the decision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+166"/>
        <source>Approve the campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-164"/>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Members and their votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Closes the round with the decision its votes make under the statutes; a rejection sends the campaign back to draft with the reasons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Moves the campaign to Approved: only after the board approved the dossier as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+116"/>
        <source>Record the decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-115"/>
        <source>Record the board&apos;s decision on round %1 now? Votes can no longer change once it is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>not voted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>recused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>recorded by %1 from %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&lt;b&gt;If the decision were recorded now:&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Never decided&lt;/b&gt; (superseded). The votes as they stood:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Decision recorded&lt;/b&gt; on %1 by %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reasons given: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::DeskSession</name>
    <message>
        <location filename="../app/gui/DeskSession.cpp" line="+65"/>
        <source>This desk is already open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The desk %1 stays open: its last changes are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Open another desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::DonationDialog</name>
    <message>
        <location filename="../ui/donations/DonationDialog.cpp" line="+50"/>
        <source>New donation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Donation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>or type a new donor&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>0 when none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The value of a reward the donor received for this gift (a book, a poster); the tax receipt deducts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ulule, helloasso…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gifts go to campaigns that collect: published or funded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>D&amp;onor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counterpart &amp;value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platform &amp;order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>(no campaign collects gifts yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(choose a campaign)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+102"/>
        <source>The donation is not saved: fix what is said under the fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Large gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-132"/>
        <source>(untitled campaign)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(anonymous)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::DonationListModel</name>
    <message>
        <location filename="../models/itemmodels/DonationListModel.cpp" line="+65"/>
        <source>(anonymous)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-63"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Donor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Platform order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reconciled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::DonationRepository</name>
    <message>
        <location filename="../models/donations/ledger/DonationWords.h" line="+21"/>
        <source>the donation of %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the donation of %1 of %2 by %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/donations/ledger/DonationRepository.cpp" line="+42"/>
        <source>Campaign: choose the campaign the gift is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Campaign: no campaign has the identifier %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Donor: no donor has the identifier %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Counterpart: its value, %1, cannot be more than the gift&apos;s amount, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date: give the date of the gift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date: the gift cannot be dated in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Currency: use a three-letter code such as EUR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Platform: a platform gift names its platform (ulule, helloasso...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order: a platform gift needs the platform&apos;s order number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Order: the order %1 is already in the ledger (gift of %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+65"/>
        <source>%1 no longer exists; it was deleted elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was changed elsewhere since it was opened; it has been reloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No donation has the identifier %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>its amount is not a positive number of cents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it has no date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its method &quot;%1&quot; is not known to this desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its status &quot;%1&quot; is not pending, paid, refunded or cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its counterpart&apos;s value is negative or more than its amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>its campaign %1 is not on this desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its donor %1 is not on this desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>this desk already holds another donation imported as %1 (the same export imported on two desks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+28"/>
        <source>this desk cannot change it: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/donations/ledger/DonationReads.cpp" line="+107"/>
        <source>%1 is reconciled with the bank line of %2 on %3, in the period %4 – %5 closed on %6; reopen that period to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Donation identifier &quot;%1&quot; is too short; give at least 4 characters of its UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No donation has the identifier &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Donation identifier &quot;%1&quot; matches several donations; give more characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../models/donations/ledger/DonationRepository.cpp" line="+74"/>
        <source>%1 cannot be changed: it is in a closed reconciliation period. Reopen the period on the reconciliation page to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::DonationsPage</name>
    <message>
        <location filename="../ui/donations/DonationsPage.cpp" line="+31"/>
        <source>&amp;Donations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;onors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bank reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaign &amp;report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tax receipts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::DonationsView</name>
    <message>
        <location filename="../ui/donations/DonationsView.cpp" line="+37"/>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Donations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>New donation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+190"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-188"/>
        <source>Import bank statement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import platform export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export this view as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Search donor, e-mail or order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search donations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>Reconciled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Reconciled or not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not reconciled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show every donor again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>All campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(untitled campaign)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Donor: %1 ✕</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%n donation(s)</source>
        <translation>
            <numerusform>%n donation</numerusform>
            <numerusform>%n donations</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More than %L1 donations (counting…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Donation recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This donation no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Donation saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delete the donation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this donation from the ledger? Its receipt and reconciliation go with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Donation deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Import a bank statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank statements (*.xml *.camt *.053 *.ofx *.qfx *.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Import a crowdfunding platform export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform exports (*.json *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export the donations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>donations.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n donation(s) exported to %1.</source>
        <translation>
            <numerusform>%n donation exported to %1.</numerusform>
            <numerusform>%n donations exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::DonorListModel</name>
    <message>
        <location filename="../models/itemmodels/DonorListModel.cpp" line="+43"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>May be contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Donations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::DonorPrivacyBar</name>
    <message>
        <location filename="../ui/donations/DonorPrivacyBar.cpp" line="+21"/>
        <source>Export data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything the desk holds about the donor, as JSON or PDF (right of access)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase the donor&apos;s data, keeping only what the law requires (right to erasure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archives due for purge, consents to renew and the privacy log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>donor-%1.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the donor&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The donor&apos;s data was exported to %1; the export is in the privacy log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The donor&apos;s data was erased; what the law requires is kept in the restricted archive.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::DonorRepository</name>
    <message>
        <location filename="../models/donations/ledger/DonorRepository.cpp" line="+105"/>
        <source>Name: give the donor&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E-mail: &quot;%1&quot; is not an e-mail address (name@example.org).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Platform reference: &quot;%1&quot; already belongs to the donor &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>SIREN: only a company has a SIREN; record the donor as a company or clear the SIREN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SIREN: &quot;%1&quot; is not a valid SIREN; expected 9 digits, the last one checking the others (Luhn). Check for a typing error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Consent date: the donor&apos;s consent cannot be dated in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The donor &quot;%1&quot; no longer exists; it was deleted elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The donor &quot;%1&quot; was changed elsewhere since it was opened; it has been reloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+182"/>
        <source>No donor has the identifier %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="-179"/>
        <source>The donor &quot;%1&quot; has %n donation(s) in the ledger; delete or reassign them before deleting the donor.</source>
        <translation>
            <numerusform>The donor &quot;%1&quot; has %n donation in the ledger; delete or reassign them before deleting the donor.</numerusform>
            <numerusform>The donor &quot;%1&quot; has %n donations in the ledger; delete or reassign them before deleting the donor.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Donor identifier &quot;%1&quot; is too short; give at least 4 characters of its UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No donor has the identifier &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Donor identifier &quot;%1&quot; matches several donors; give more characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it has no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%n donation(s) on this desk still name this donor</source>
        <translation>
            <numerusform>%n donation on this desk still name this donor</numerusform>
            <numerusform>%n donations on this desk still name this donor</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::DonorsView</name>
    <message>
        <location filename="../ui/donations/DonorsView.cpp" line="+50"/>
        <source>Donors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search a donor by name or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New donor…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n donor(s)</source>
        <translation>
            <numerusform>%n donor</numerusform>
            <numerusform>%n donors</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Street, postal code and city (for the tax receipt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>9 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;IREN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Agrees to be contacted by the association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ulule form, paper slip…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>thro&amp;ugh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Donor is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Consent on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the donor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+230"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-228"/>
        <source>Show in the ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Donor&apos;s history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+70"/>
        <source>No paid donation yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n paid donation(s), %1 in all, from %2 to %3.</source>
        <translation>
            <numerusform>%n paid donation, %1 in all, from %2 to %3.</numerusform>
            <numerusform>%n paid donations, %1 in all, from %2 to %3.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Refunded: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>New donor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the donor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The donor is not saved: fix the consent date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Donor saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export the donors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>donors.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n donor(s) exported to %1.</source>
        <translation>
            <numerusform>%n donor exported to %1.</numerusform>
            <numerusform>%n donors exported to %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete the donor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete %1 from the donors?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Donor deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::DossierReader</name>
    <message>
        <location filename="../ui/review/DossierReader.cpp" line="+24"/>
        <source>Sections of the dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Section of the dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+71"/>
        <source>&lt;b&gt;Changed since the version you last saw:&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&lt;i&gt;Choose a campaign: its dossier shows here.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::EraseDonorDialog</name>
    <message>
        <location filename="../ui/donations/EraseDonorDialog.cpp" line="+18"/>
        <source>Erase the donor&apos;s data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erasing %1 cannot be undone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Reason (whose request, of which date), kept in the privacy log:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Erase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Give the reason: the erasure is not done without one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::EvidenceDetails</name>
    <message>
        <location filename="../ui/evidence/EvidenceDetails.cpp" line="+41"/>
        <source>&amp;Public: shown on the campaign page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who produced it, or where it comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comma-separated, e.g. expertise, photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only public pieces ever leave this desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date of the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;escription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ta&amp;gs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>No preview for this kind of file (%1). Use Open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Piece no. %1 · %2 · %3 · %4
Attached %5 · SHA-256 %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::EvidenceListModel</name>
    <message>
        <location filename="../models/itemmodels/EvidenceListModel.cpp" line="+81"/>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Private</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1
File: %2 (%3)
SHA-256: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-79"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Original file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::EvidencePage</name>
    <message>
        <location filename="../ui/evidence/EvidencePage.cpp" line="+72"/>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check &amp;integrity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Bordereau (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opens a read-only copy in the usual application; the stored original never changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-reads every stored file and reports the pieces that are missing or altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copies the selected pieces (or all) into a folder with their bordereau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size &amp;limit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The largest file this desk accepts as a piece.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Campaign:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Drop files here to attach them; drag a piece within the list to renumber.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+91"/>
        <source>(untitled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Attach files as pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wait for the current task to finish (or cancel it) before attaching more files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create or choose a campaign before attaching files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Saved at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no. %1 &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove pieces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1? The other pieces keep their numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n piece(s) removed.</source>
        <translation>
            <numerusform>%n piece removed.</numerusform>
            <numerusform>%n pieces removed.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cannot create a private folder for the viewing copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No application could open %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Bordereau of %n piece(s) written to %1.</source>
        <translation>
            <numerusform>Bordereau of %n piece written to %1.</numerusform>
            <numerusform>Bordereau of %n pieces written to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n piece(s) and the bordereau written to %1.</source>
        <translation>
            <numerusform>%n piece and the bordereau written to %1.</numerusform>
            <numerusform>%n pieces and the bordereau written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save the bordereau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Export the pieces into an empty folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Size limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Largest file accepted as a piece (MiB):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Files up to %1 MiB are now accepted as pieces.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::EvidenceRepository</name>
    <message>
        <location filename="../models/evidence/EvidenceRepository.cpp" line="+127"/>
        <source>The size limit for one piece must be more than 0 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The copy of %1 has no valid fingerprint; it was not attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No campaign has the identifier %1; %2 was not attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+116"/>
        <source>The piece &quot;%1&quot; no longer exists; it was deleted elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The piece &quot;%1&quot; was changed elsewhere since it was opened; it has been reloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Piece no. %1: the title cannot be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>A piece disappeared while the list was renumbered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+32"/>
        <source>The piece %1 no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="-28"/>
        <source>Piece no. %1 cannot move to no. %2: the campaign has %n piece(s).</source>
        <translation>
            <numerusform>Piece no. %1 cannot move to no. %2: the campaign has %n piece.</numerusform>
            <numerusform>Piece no. %1 cannot move to no. %2: the campaign has %n pieces.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The file of the piece &quot;%1&quot; is not in the evidence folder; it was not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+146"/>
        <source>intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>missing: its file is no longer in the evidence folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>altered: its file changed since it was attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unreadable: its file cannot be read (permissions or a disk error)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::EvidenceTaskBar</name>
    <message>
        <location filename="../ui/evidence/EvidenceTaskBar.cpp" line="+21"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Copying file %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Copying %n file(s)…</source>
        <translation>
            <numerusform>Copying %n file…</numerusform>
            <numerusform>Copying %n files…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Checking %n piece(s)…</source>
        <translation>
            <numerusform>Checking %n piece…</numerusform>
            <numerusform>Checking %n pieces…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Integrity check cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Integrity check: all %n piece(s) of every campaign are intact.</source>
        <translation>
            <numerusform>Integrity check: all %n piece of every campaign are intact.</numerusform>
            <numerusform>Integrity check: all %n pieces of every campaign are intact.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>• Campaign &quot;%1&quot;, piece no. %2 &quot;%3&quot; (%4): %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>Integrity check: %n piece(s) are not as they were attached.</source>
        <translation>
            <numerusform>Integrity check: %n piece are not as they were attached.</numerusform>
            <numerusform>Integrity check: %n pieces are not as they were attached.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::FeePanel</name>
    <message>
        <location filename="../ui/campaigns/FeePanel.cpp" line="+11"/>
        <source>What reaches the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Funding goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flat campaign fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net for the legal action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>− %1 (%2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>− %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If the goal is reached, the association receives %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set a funding goal to see what reaches the case.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::FeeSettingsDialog</name>
    <message>
        <location filename="../ui/settings/FeeSettingsDialog.cpp" line="+20"/>
        <source>Platform fees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Flat fee per campaign (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commission on donations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the crowdfunding platform keeps. Each campaign&apos;s fee panel uses these to show what reaches the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>For a goal of %1, the association receives %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::GiftConfirmationDialog</name>
    <message>
        <location filename="../ui/settings/GiftConfirmationDialog.cpp" line="+23"/>
        <source>Gift confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A gift typed by hand above this amount asks for a confirmation before it is recorded, so that a slip of the finger is caught before it reaches the books. No gift can be above %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ask above (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Gifts above %1 now ask for a confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::ImportProblem</name>
    <message>
        <location filename="../models/donations/ImportProblem.cpp" line="+13"/>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::IssueReceiptsDialog</name>
    <message>
        <location filename="../ui/donations/IssueReceiptsDialog.cpp" line="+37"/>
        <source>Issue the tax receipts for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As each donor chose (per gift or annual)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One receipt per gift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One annual receipt per donor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Donor skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>%n receipt(s) to issue for the gifts of %1, %2 in all.</source>
        <translation>
            <numerusform>%n receipt to issue for the gifts of %1, %2 in all.</numerusform>
            <numerusform>%n receipts to issue for the gifts of %1, %2 in all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n receipt(s) numbered by a batch that stopped still need their PDF; they are written first.</source>
        <translation>
            <numerusform>%n receipt numbered by a batch that stopped still needs its PDF; it is written first.</numerusform>
            <numerusform>%n receipts numbered by a batch that stopped still need their PDF; they are written first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n donor(s) skipped, listed below with the reason.</source>
        <translation>
            <numerusform>%n donor skipped, listed below with the reason.</numerusform>
            <numerusform>%n donors skipped, listed below with the reason.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Folder for the receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Folder: choose where the receipts&apos; PDFs are written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 of %2 receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n receipt(s) issued.</source>
        <translation>
            <numerusform>%n receipt issued.</numerusform>
            <numerusform>%n receipts issued.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n PDF(s) of an earlier batch completed.</source>
        <translation>
            <numerusform>%n PDF of an earlier batch completed.</numerusform>
            <numerusform>%n PDFs of an earlier batch completed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n receipt(s) were issued by another process meanwhile and left to it.</source>
        <translation>
            <numerusform>%n receipt was issued by another process meanwhile and left to it.</numerusform>
            <numerusform>%n receipts were issued by another process meanwhile and left to it.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stopped: every receipt issued so far has its number and its PDF. Issue again to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stopped by an error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mail-merge file for your mailer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Open the folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+66"/>
        <source>%1 — CaseDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Donations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+1"/>
        <source>Desk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+79"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open another desk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Recent desks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Back up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+106"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-104"/>
        <location line="+105"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-102"/>
        <source>Undo covers the campaign being edited (its fields, budget and press) and the association&apos;s profile, even after they were saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Find campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CaseDesk saves as you type; this saves the last keystrokes at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform &amp;fees…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Gift confirmation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tax receipts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Automatic backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CaseDesk &amp;manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About CaseDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;%1 %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open another desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CaseDesk desks (*.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Platform fees updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About CaseDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;CaseDesk %1&lt;/h3&gt;&lt;p&gt;The workbench of associations that take legal action and fund it through crowdfunding: campaigns, evidence, procedures and donations, offline first.&lt;/p&gt;&lt;p&gt;Your desk is the file %2. It stays on this computer.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n change(s) waiting to sync</source>
        <translation>
            <numerusform>%n change waiting to sync</numerusform>
            <numerusform>%n changes waiting to sync</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last changes could not be saved. Leave anyway and lose them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::ManualDialog</name>
    <message>
        <location filename="../ui/common/ManualDialog.cpp" line="+17"/>
        <source>CaseDesk manual</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::ManualMatchPane</name>
    <message>
        <location filename="../ui/donations/ManualMatchPane.cpp" line="+26"/>
        <location line="+173"/>
        <source>Match by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-169"/>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+190"/>
        <source>Unmatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-182"/>
        <source>Drag a bank credit onto a donation, or select a credit and the donations it paid, then press Match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Show reconciled credits too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bank credits not reconciled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Search a donor, an e-mail or an order id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Donations and payouts not reconciled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The %1 latest of %L2 credits; choose an account to narrow them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n credit(s) waiting for a match</source>
        <translation>
            <numerusform>%n credit waiting for a match</numerusform>
            <numerusform>%n credits waiting for a match</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The %1 latest of more than %L2 donations; search to find others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1 latest of %2 donations; search to find others.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n donation(s), %1 payout(s)</source>
        <translation>
            <numerusform>%n donation, %1 payout</numerusform>
            <numerusform>%n donations, %1 payouts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::MarkdownEditor</name>
    <message>
        <location filename="../ui/campaigns/MarkdownEditor.cpp" line="+19"/>
        <source>Describe the case in Markdown: ## headings, *emphasis*, - lists, [links](https://...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::MatchTargetModel</name>
    <message>
        <location filename="../models/itemmodels/MatchTargetModel.cpp" line="+13"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Donor or payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Payout %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Platform payout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::MilestoneDialog</name>
    <message>
        <location filename="../ui/procedures/MilestoneDialog.cpp" line="+39"/>
        <source>Edit milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New milestone — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Left empty: the kind of milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show on the campaign&apos;s public page (kind, date and title; never the note)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Computed by rule %1 from %2; change the date of the milestone that starts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also record the deadline this starts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Due: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::MilestoneRepository</name>
    <message>
        <location filename="../models/procedures/MilestoneRepository.cpp" line="+82"/>
        <source>Procedure: no procedure has the identifier %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date: a milestone needs a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date: %1 is not a plausible date (year %2); check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rule: there is no deadline rule &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rule: only a deadline is computed by a rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start: a computed deadline needs its starting date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Public: a deadline is the association&apos;s own and is never shown on the campaign&apos;s public page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Source: the milestone that starts this deadline must belong to the same procedure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The milestone &quot;%1&quot; no longer exists; it was deleted elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The milestone &quot;%1&quot; was changed elsewhere since it was opened; it has been reloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The milestone &quot;%1&quot; cannot move to another procedure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+77"/>
        <location line="+17"/>
        <source>No milestone has the identifier %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::NewsEditor</name>
    <message>
        <location filename="../ui/campaigns/NewsEditor.cpp" line="+26"/>
        <source>&amp;New update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>News updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hearing on 12 March: the court heard our arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tell donors what happened, in Markdown: *emphasis*, - lists, [links](https://...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+64"/>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Unpubli&amp;sh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Publi&amp;sh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No news yet: &quot;New update&quot; writes one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Published on %1; the platform shows it while the campaign is public.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draft: stays on this desk until published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+30"/>
        <source>Could not save: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <source>New update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete &quot;%1&quot;? It is taken off the platform at the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the draft &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete news</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::NewsRepository</name>
    <message>
        <location filename="../models/campaigns/NewsRepository.cpp" line="+55"/>
        <source>Title: give the news a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Title: at most %1 characters (%2 now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Text: at most %1 characters (%2 now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No campaign has the identifier %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The news &quot;%1&quot; no longer exists; it was deleted elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The news &quot;%1&quot; was changed elsewhere since it was opened; it has been reloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+65"/>
        <source>No news has the identifier %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>News identifier &quot;%1&quot; is too short; give at least 4 characters of its UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No news has the identifier &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>News identifier &quot;%1&quot; matches several news; give more characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::PassphraseFields</name>
    <message>
        <location filename="../ui/backup/PassphraseFields.cpp" line="+20"/>
        <source>&amp;Passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Enter the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::PeriodsPane</name>
    <message>
        <location filename="../ui/donations/PeriodsPane.cpp" line="+20"/>
        <source>Reconciliation periods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Close period…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopen period…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+23"/>
        <source>Close period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-10"/>
        <location line="+27"/>
        <source>Reopen period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why reopen the period %1 to %2 of %3? The reason is kept in the period&apos;s log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::PlatformImportDialog</name>
    <message>
        <location filename="../ui/donations/PlatformImportDialog.cpp" line="+31"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Already imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+7"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Import a platform export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Donor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Donations in the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As tied before (one campaign per platform project)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(untitled campaign)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This file cannot be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%1: %n new, </source>
        <translation>
            <numerusform>%1: %n new, </numerusform>
            <numerusform>%1: %n new, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n updated, </source>
        <translation>
            <numerusform>%n updated, </numerusform>
            <numerusform>%n updated, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n already imported; </source>
        <translation>
            <numerusform>%n already imported; </numerusform>
            <numerusform>%n already imported; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n payout(s), </source>
        <translation>
            <numerusform>%n payout, </numerusform>
            <numerusform>%n payouts, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n new donor(s).</source>
        <translation>
            <numerusform>%n new donor.</numerusform>
            <numerusform>%n new donors.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the campaign these donations go to: the platform&apos;s project %1 is not tied to a campaign of this desk yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::PressArticlesEditor</name>
    <message>
        <location filename="../ui/campaigns/PressArticlesEditor.cpp" line="+24"/>
        <source>Add article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Article %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>link: &quot;%1&quot; is not a web address; type one such as https://www.example.org/article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>date: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::ProcedureDialog</name>
    <message>
        <location filename="../ui/procedures/ProcedureDialog.cpp" line="+45"/>
        <source>New procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>None (first instance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>e.g. Tribunal administratif de Toulouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Docket number given by the court registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Association X c/ Préfet du Tarn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Courts in the Bas-Rhin, Haut-Rhin and Moselle also close on Good Friday and 26 December; deadlines are moved over those days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Court:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Court &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case n&amp;umber:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Lawyer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Parties:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Appeal of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Holidays:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::ProcedureRepository</name>
    <message>
        <location filename="../models/procedures/ProcedureRepository.cpp" line="+78"/>
        <source>Campaign: no campaign has the identifier %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Court: give the name of the court or body.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Appeal of: a procedure cannot appeal itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Appeal of: no procedure has the identifier %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Appeal of: &quot;%1&quot; belongs to another campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Appeal of: &quot;%1&quot; already depends on this procedure; the appeal chain would go round in a circle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The procedure &quot;%1&quot; no longer exists; it was deleted elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The procedure &quot;%1&quot; was changed elsewhere since it was opened; it has been reloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The procedure &quot;%1&quot; cannot move to another campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>No procedure has the identifier %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The procedure &quot;%1&quot; is appealed by &quot;%2&quot;; delete the appeal first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+102"/>
        <source>%1 identifier &quot;%2&quot; is too short; give at least 4 characters of its UUID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No %1 has the identifier &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 identifier &quot;%2&quot; matches several records; give more characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::ProceduresPage</name>
    <message>
        <location filename="../ui/procedures/ProceduresPage.cpp" line="+48"/>
        <source>New &amp;appeal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <location line="+422"/>
        <location line="+57"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-482"/>
        <source>Add &amp;milestone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+311"/>
        <source>Mark &amp;met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-307"/>
        <source>&amp;Campaign:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Procedures and their appeals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New procedure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A procedure that challenges the selected one&apos;s decision (appeal, pourvoi).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Public page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select a deadline to see how it was computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the deadline was computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+120"/>
        <source>&lt;i&gt;Create a campaign first; procedures belong to a campaign.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;i&gt;No procedure selected. Add the first one with “New procedure…”.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lawyer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parties: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alsace-Moselle holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown on the campaign&apos;s public page (kind, date and title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Due: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entered by hand, not computed by a rule.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Re&amp;open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Create a campaign first; procedures belong to a campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Delete procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete &quot;%1&quot; and its %n milestone(s)?</source>
        <translation>
            <numerusform>Delete &quot;%1&quot; and its %n milestone?</numerusform>
            <numerusform>Delete &quot;%1&quot; and its %n milestones?</numerusform>
        </translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Delete milestone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete &quot;%1&quot; of %2?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::ProposalTableModel</name>
    <message>
        <location filename="../models/itemmodels/ProposalTableModel.cpp" line="+61"/>
        <source>(no bank line) payout %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Amount and reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount and date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deposit of several gifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payout&apos;s donations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>payout %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Anonymous</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::ProposalsPane</name>
    <message>
        <location filename="../ui/donations/ProposalsPane.cpp" line="+19"/>
        <source>Proposed matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Accept selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept all at or above this score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Accept matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reject matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n proposal(s) could not be decided:</source>
        <translation>
            <numerusform>%n proposal could not be decided:</numerusform>
            <numerusform>%n proposals could not be decided:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::ReceiptListModel</name>
    <message>
        <location filename="../models/itemmodels/ReceiptListModel.cpp" line="+13"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Donor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gifts of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cancelled on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Replaces %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::ReceiptSettingsDialog</name>
    <message>
        <location filename="../ui/settings/ReceiptSettingsDialog.cpp" line="+25"/>
        <source>This desk issues the association&apos;s tax receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tax receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Only one desk of the association numbers and issues the receipts (the treasurer&apos;s); the others see them after sync, read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Another desk (%1) has issued receipts. Tick the box only if this desk takes over from it, and stop issuing there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No receipt in the yearly batch under (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counterparts not deducted, per donor and year, up to (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amounts in words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Receipt settings saved: this desk issues the receipts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt settings saved: this desk does not issue receipts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::ReceiptsView</name>
    <message>
        <location filename="../ui/donations/ReceiptsView.cpp" line="+48"/>
        <source>The year the receipts were numbered in (their number starts with it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Issue receipts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;gister…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Declaration…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipts numbered in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Open the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a &amp;copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ca&amp;ncel the receipt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Replace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+65"/>
        <source>deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2, gift %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To redo after a refund: %1. Cancel each, or replace it by a receipt for the gifts still paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No receipt numbered in %1 yet. Issue receipts… issues those due for a year&apos;s gifts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a receipt to see its gifts and its PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (SIREN %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source> less a counterpart of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gifts: %1. Receipted: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cancelled on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replaces receipt %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancel the receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Replace the receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Cancel receipt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is it cancelled? Its number stays in the register, marked cancelled, with this reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Replace receipt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is it replaced? It is cancelled with this reason, and a new receipt for its gifts still paid, with the donor as recorded now, says that it replaces it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Open the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Folder for the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Register of the receipts numbered in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>register-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf);;CSV for a spreadsheet (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Gifts received in %1: %n receipt(s) issued, %2 in all (%3 cancelled, left out).
Deadline: %4 (the second working day after 1 May, for a financial year ending on 31 December; three months after the close otherwise).
Where: with the results return (2065-SD, frame L; or 2070-SD), or on demarches-simplifiees.fr (&quot;déclaration des dons&quot;) for an association that files neither (art. 222 bis CGI).</source>
        <translation>
            <numerusform>Gifts received in %1: %n receipt issued, %2 in all (%3 cancelled, left out).
Deadline: %4 (the second working day after 1 May, for a financial year ending on 31 December; three months after the close otherwise).
Where: with the results return (2065-SD, frame L; or 2070-SD), or on demarches-simplifiees.fr (&quot;déclaration des dons&quot;) for an association that files neither (art. 222 bis CGI).</numerusform>
            <numerusform>Gifts received in %1: %n receipts issued, %2 in all (%3 cancelled, left out).
Deadline: %4 (the second working day after 1 May, for a financial year ending on 31 December; three months after the close otherwise).
Where: with the results return (2065-SD, frame L; or 2070-SD), or on demarches-simplifiees.fr (&quot;déclaration des dons&quot;) for an association that files neither (art. 222 bis CGI).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+3"/>
        <source>Yearly declaration of gifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Gifts received in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Issue receipts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For the gifts received in:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::ReconciliationPeriodModel</name>
    <message>
        <location filename="../models/itemmodels/ReconciliationPeriodModel.cpp" line="+42"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::ReconciliationView</name>
    <message>
        <location filename="../ui/donations/ReconciliationView.cpp" line="+37"/>
        <source>Find matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+64"/>
        <source>All accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n proposal(s) left.</source>
        <translation>
            <numerusform>%n proposal left.</numerusform>
            <numerusform>%n proposals left.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Looking for matches…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The desk could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n proposal(s).</source>
        <translation>
            <numerusform>%n proposal.</numerusform>
            <numerusform>%n proposals.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::RecordVoteDialog</name>
    <message>
        <location filename="../ui/review/RecordVoteDialog.cpp" line="+29"/>
        <source>Record a vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>e.g. board meeting of 12 November, e-mail of 3 December</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Vote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Given by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Where and when:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Round %1, dossier %2. The vote is marked as recorded by you, with where it came from.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::ReminderDialog</name>
    <message>
        <location filename="../ui/procedures/ReminderDialog.cpp" line="+35"/>
        <source>Remind me at start-up of deadlines due within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;Overdue: %1.&lt;/b&gt; Due within %2 days: %3. Check that each overdue deadline was met, then mark it so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Due within %1 days: %2.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Open deadlines</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::RetentionDialog</name>
    <message>
        <location filename="../ui/donations/RetentionDialog.cpp" line="+68"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Donor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Archived on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kept until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+71"/>
        <location line="+4"/>
        <source>Purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Retention of donors&apos; data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>Due for purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+8"/>
        <source>Consent to renew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+10"/>
        <source>Privacy log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Every export, erasure and purge of a donor&apos;s data: who, when, what and why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No erased donor&apos;s archive has reached the end of its period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n erased donor(s) whose restricted archive (the name, address and SIREN the law made the association keep) has passed its last day: purge it.</source>
        <translation>
            <numerusform>%n erased donor whose restricted archive (the name, address and SIREN the law made the association keep) has passed its last day: purge it.</numerusform>
            <numerusform>%n erased donors whose restricted archive (the name, address and SIREN the law made the association keep) has passed its last day: purge it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n donor(s) agreed to be contacted but have not been in touch for %1 years: ask them again before soliciting them.</source>
        <translation>
            <numerusform>%n donor agreed to be contacted but has not been in touch for %1 years: ask them again before soliciting them.</numerusform>
            <numerusform>%n donors agreed to be contacted but have not been in touch for %1 years: ask them again before soliciting them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Delete for good the restricted archive of %n erased donor(s)? Their gifts stay in the accounts.</source>
        <translation>
            <numerusform>Delete for good the restricted archive of %n erased donor? Their gifts stay in the accounts.</numerusform>
            <numerusform>Delete for good the restricted archive of %n erased donors? Their gifts stay in the accounts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n archive(s) purged; the purges are in the privacy log.</source>
        <translation>
            <numerusform>%n archive purged; the purges are in the privacy log.</numerusform>
            <numerusform>%n archives purged; the purges are in the privacy log.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::ReviewPage</name>
    <message>
        <location filename="../ui/review/ReviewPage.cpp" line="+46"/>
        <source>not submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>round %1: %2 of %3 votes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>changed since round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>approved (round %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rejected (round %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+237"/>
        <source>Submit for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-236"/>
        <source>Dossier PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Campaigns to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Round:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Freezes the dossier as it is now and opens a round of the board&apos;s review on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The dossier as the board reads it, in French or English, with its table of contents and the review so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An extract of the minutes of the board&apos;s decision on this round, in French.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>My vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Waiting for my vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Round %1, opened %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing waits for your vote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This desk belongs to no board member (Association ▸ Board).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Round %1 — %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Open a new round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No campaign yet. Campaigns are drafted in the Campaigns area, then submitted here to the board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;%1&lt;/b&gt; has not been submitted to the board. &lt;i&gt;Submit for review&lt;/i&gt; freezes the dossier as it is now: the board reads and votes on that version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;%1&lt;/b&gt; — round %2, opened %3 by %4. Dossier fingerprint &lt;b&gt;%5&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Superseded: %1. Its votes and comments are kept; they count for no later round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Round %1 opened on dossier %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+19"/>
        <source>Dossier PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Language of the dossier:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dossier-round-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dossier.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+25"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-13"/>
        <source>The dossier could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dossier written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save the minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minutes-round-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Minutes PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The minutes could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minutes written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::RoundHistoryPane</name>
    <message>
        <location filename="../ui/review/RoundHistoryPane.cpp" line="+20"/>
        <source>Rounds and vote history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Round %1 — %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Opened %1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 declared a conflict of interest (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2 changed the vote to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 voted %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(recorded by %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Superseded %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2 by %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No round yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::StatementFields</name>
    <message>
        <location filename="../models/donations/statements/StatementFields.cpp" line="+112"/>
        <source>the amount is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the amount is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the amount has more than 2 decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the amount is too large</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::StatementImportDialog</name>
    <message>
        <location filename="../ui/donations/StatementImportDialog.cpp" line="+178"/>
        <source>Columns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import a bank statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lines of the statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <location line="+157"/>
        <source>Import %n line(s)</source>
        <translation>
            <numerusform>Import %n line</numerusform>
            <numerusform>Import %n lines</numerusform>
        </translation>
    </message>
    <message>
        <location line="-152"/>
        <source>New account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bank &amp;account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV &amp;columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Guessed from the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The saved columns &quot;%1&quot; cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>This file cannot be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New account %1 (from the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%n new line(s)</source>
        <translation>
            <numerusform>%n new line</numerusform>
            <numerusform>%n new lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n duplicate(s) (already imported; tick one to import it anyway)</source>
        <translation>
            <numerusform>%n duplicate (already imported; tick one to import it anyway)</numerusform>
            <numerusform>%n duplicates (already imported; tick one to import it anyway)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+43"/>
        <source>New bank account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IBAN of the account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::StatementPreviewModel</name>
    <message>
        <location line="-316"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate, import anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::StatusHistoryList</name>
    <message>
        <location filename="../ui/campaigns/StatusHistoryList.cpp" line="+24"/>
        <source>%1: created as &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casedesk::SyncPage</name>
    <message>
        <location filename="../ui/sync/SyncPage.cpp" line="+52"/>
        <source>Use for this session &amp;only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sto&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Platform &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only for a self-hosted platform with its own certificate authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CA certificates (PEM):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Platform token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save t&amp;oken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Forget token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keeps the token in memory until CaseDesk quits; it is asked again at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Every %n minute</numerusform>
            <numerusform>Every %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatic s&amp;ync:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Stops after the current request; what was not sent waits for the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>CA certificates of the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>A token is saved for this platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No token is saved for this platform yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A token is stored; type a new one to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste the token the platform gave this desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>You can use this token for this session only: it is kept in memory until CaseDesk quits, and asked again at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The token is not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Token saved in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Token kept in memory for this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the keychain refused to store the token when it was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Token forgotten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No token for this platform: paste the token and save it. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Syncing with %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Testing the connection to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Automatic sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>In step with the platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Synced; some records changed on both sides: decide them under Conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Synced; %n change(s) could not be sent yet.</source>
        <translation>
            <numerusform>Synced; %n change could not be sent yet.</numerusform>
            <numerusform>Synced; %n changes could not be sent yet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connection failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n change waiting to be sent</numerusform>
            <numerusform>%n changes waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n conflict(s) to decide</source>
        <translation>
            <numerusform>%n conflict to decide</numerusform>
            <numerusform>%n conflicts to decide</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>casedesk::VotePanel</name>
    <message>
        <location filename="../ui/review/VotePanel.cpp" line="+30"/>
        <source>Cast my signed vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create my signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declare a conflict of interest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record a vote…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+136"/>
        <location line="+10"/>
        <source>Vote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Reason (required to reject; shown in the minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Signs the vote with your key, kept in this computer&apos;s keychain: the signature covers the dossier&apos;s fingerprint, you, the vote, its reason and its time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Makes your signing key: the private half stays in this computer&apos;s keychain, the public half goes with your name in the board list so every desk can verify your votes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A member with an interest in the case is recused: counted neither for the quorum nor in the votes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Secretary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+54"/>
        <source>This desk belongs to no board member, so it casts no vote. A member votes from their own desk (Association ▸ Board ▸ This desk belongs to), or the secretary records the vote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You are %1. No round is open on this campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You are %1, recused in this round for a conflict of interest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are %1. Your vote: &lt;b&gt;%2&lt;/b&gt;, %3. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You may change it until the round is decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You are %1. You have not voted yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You are %1. You did not vote in this round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You have no signing key yet: create it once on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A vote given at a meeting, by e-mail, letter or telephone is recorded here, marked as recorded by you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the secretary&apos;s desk records votes given at a meeting or by e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your signing key could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key could not be kept in this computer&apos;s keychain, so no key was made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+22"/>
        <source>Conflict of interest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-21"/>
        <source>The interest you have in this case (it goes in the minutes). You will be recused: counted neither for the quorum nor in the votes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+40"/>
        <source>CaseDesk cannot open the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checking the desk for damage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Desk checked: no damage found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The desk is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>cannot write the screenshot %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Deadlines: %1 overdue, %2 due soon</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
