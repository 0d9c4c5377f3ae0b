<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK" sourcelanguage="en">
  <context>
    <name>ArrivalsMenu</name>
    <message>
      <location filename="../../integration_desk/ui/arrivals/menu.py" line="43" />
      <source>Arrivals</source>
      <translation>Ankomster</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/menu.py" line="83" />
      <source>Arrivals {date}</source>
      <translation>Ankomster {date}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/menu.py" line="84" />
      <source>Export arrivals</source>
      <translation>Eksportér ankomster</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/menu.py" line="51" />
      <source>Export arrivals to Excel …</source>
      <translation>Eksportér ankomster til Excel …</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/menu.py" line="66" />
      <source>Import arrivals</source>
      <translation>Importér ankomster</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/menu.py" line="49" />
      <source>Import arrivals from Excel …</source>
      <translation>Importér ankomster fra Excel …</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/menu.py" line="74" />
      <source>Import template for arrivals</source>
      <translation>Skabelon til import af ankomster</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/menu.py" line="48" />
      <source>New arrival notice …</source>
      <translation>Ny ankomstmeddelelse …</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/menu.py" line="52" />
      <source>Quota periods …</source>
      <translation>Kvoteperioder …</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/menu.py" line="74" />
      <source>Save the import template</source>
      <translation>Gem importskabelonen</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/menu.py" line="50" />
      <source>Save the import template …</source>
      <translation>Gem importskabelonen …</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/menu.py" line="76" />
      <source>The import template was saved: {path}</source>
      <translation>Importskabelonen er gemt: {path}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/menu.py" line="78" />
      <source>The template was saved.</source>
      <translation>Skabelonen er gemt.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/menu.py" line="91" />
      <source>{n} person exported to {path}</source>
      <translation>{n} person eksporteret til {path}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/menu.py" line="99" />
      <source>{n} person was exported.</source>
      <translation>{n} person er eksporteret.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/menu.py" line="91" />
      <source>{n} persons exported to {path}</source>
      <translation>{n} personer eksporteret til {path}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/menu.py" line="99" />
      <source>{n} persons were exported.</source>
      <translation>{n} personer er eksporteret.</translation>
    </message>
  </context>
  <context>
    <name>AuditDialog</name>
    <message>
      <location filename="../../integration_desk/ui/admin/audit_dialog.py" line="64" />
      <source>All kinds of use</source>
      <translation>Alle slags brug</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/admin/audit_dialog.py" line="53" />
      <source>All users</source>
      <translation>Alle brugere</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/admin/audit_dialog.py" line="47" />
      <source>Audit log</source>
      <translation>Logning</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/admin/audit_dialog.py" line="195" />
      <source>Cannot write the file {path}.</source>
      <translation>Filen {path} kan ikke skrives.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/admin/audit_dialog.py" line="119" />
      <source>Close</source>
      <translation>Luk</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/admin/audit_dialog.py" line="94" />
      <source>Details</source>
      <translation>Detaljer</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/admin/audit_dialog.py" line="108" />
      <source>Every log entry about the person as a PDF, for an access request (the extract is logged).</source>
      <translation>Alle logposter om personen som PDF til en indsigtsanmodning (udtrækket bliver selv logget).</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/admin/audit_dialog.py" line="67" />
      <source>From</source>
      <translation>Fra</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/admin/audit_dialog.py" line="105" />
      <source>Log extract for the person (PDF) …</source>
      <translation>Logudtræk for personen (PDF) …</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/admin/audit_dialog.py" line="198" />
      <source>Log extract saved: {path}</source>
      <translation>Logudtræk gemt: {path}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/admin/audit_dialog.py" line="184" />
      <source>Log extract {person} {date}</source>
      <translation>Logudtræk {person} {date}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/admin/audit_dialog.py" line="93" />
      <source>Person</source>
      <translation>Person</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/admin/audit_dialog.py" line="59" />
      <source>Person no.</source>
      <translation>Person nr.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/admin/audit_dialog.py" line="92" />
      <source>Record</source>
      <translation>Post</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/admin/audit_dialog.py" line="185" />
      <source>Save the log extract</source>
      <translation>Gem logudtrækket</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/admin/audit_dialog.py" line="69" />
      <source>Show</source>
      <translation>Vis</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/admin/audit_dialog.py" line="103" />
      <source>Show older entries</source>
      <translation>Vis ældre poster</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/admin/audit_dialog.py" line="89" />
      <source>Time</source>
      <translation>Tidspunkt</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/admin/audit_dialog.py" line="68" />
      <source>To</source>
      <translation>Til</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/admin/audit_dialog.py" line="78" />
      <source>Use</source>
      <translation>Brug</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/admin/audit_dialog.py" line="74" />
      <source>User</source>
      <translation>Bruger</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/admin/audit_dialog.py" line="183" />
      <source>person no. {id}</source>
      <translation>person nr. {id}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/admin/audit_dialog.py" line="159" />
      <source>{n} entries shown</source>
      <translation>{n} poster vist</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/admin/audit_dialog.py" line="159" />
      <source>{n} entry shown</source>
      <translation>{n} post vist</translation>
    </message>
  </context>
  <context>
    <name>BackupOffer</name>
    <message>
      <location filename="../../integration_desk/ui/backup_offer.py" line="53" />
      <source>A backup copy was saved as {file} and checked: it holds every row of the database.</source>
      <translation>En sikkerhedskopi er gemt som {file} og kontrolleret: den indeholder alle databasens rækker.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/backup_offer.py" line="45" />
      <source>The backup could not be made, and the database was not updated: {why}</source>
      <translation>Sikkerhedskopien kunne ikke laves, og databasen blev ikke opdateret: {why}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/backup_offer.py" line="27" />
      <source>This version of Integration Desk updates the database to a newer format. Make a backup copy of the database first?</source>
      <translation>Denne version af Integration Desk opdaterer databasen til et nyere format. Vil du tage en sikkerhedskopi af databasen først?</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/backup_offer.py" line="26" />
      <source>Update the database</source>
      <translation>Opdatér databasen</translation>
    </message>
  </context>
  <context>
    <name>CalendarView</name>
    <message>
      <location filename="../../integration_desk/ui/calendar/view.py" line="314" />
      <source>(overdue)</source>
      <translation>(overskredet)</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/calendar/grid.py" line="220" />
      <source>+ {n} more</source>
      <translation>+ {n} mere</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/calendar/view.py" line="288" />
      <source>Agenda {first} – {last}</source>
      <translation>Dagsorden {first} – {last}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/calendar/view.py" line="125" />
      <source>All caseworkers</source>
      <translation>Alle sagsbehandlere</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/calendar/view.py" line="139" />
      <source>Caseworker:</source>
      <translation>Sagsbehandler:</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/calendar/view.py" line="113" />
      <source>Month</source>
      <translation>Måned</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/calendar/view.py" line="107" />
      <source>Next (Page Down)</source>
      <translation>Næste (Page Down)</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/calendar/view.py" line="326" />
      <source>Nothing in this period.</source>
      <translation>Intet i denne periode.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/calendar/view.py" line="104" />
      <source>Previous (Page Up)</source>
      <translation>Forrige (Page Up)</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/calendar/view.py" line="307" />
      <source>Public holiday: {name}</source>
      <translation>Helligdag: {name}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/calendar/view.py" line="129" />
      <source>Show:</source>
      <translation>Vis:</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/calendar/view.py" line="111" />
      <source>Today</source>
      <translation>I dag</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/calendar/view.py" line="114" />
      <source>Week</source>
      <translation>Uge</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/calendar/view.py" line="270" />
      <source>Week {week} {year}: {first} – {last}</source>
      <translation>Uge {week} {year}: {first} – {last}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/calendar/grid.py" line="129" />
      <source>wk. {week}</source>
      <translation>uge {week}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/calendar/view.py" line="298" />
      <source>{weekday} {date} (wk. {week})</source>
      <translation>{weekday} {date} (uge {week})</translation>
    </message>
  </context>
  <context>
    <name>ConflictDialog</name>
    <message>
      <location filename="../../integration_desk/ui/widgets/conflict_dialog.py" line="35" />
      <source>(empty)</source>
      <translation>(tom)</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/widgets/conflict_dialog.py" line="113" />
      <source>Back to editing</source>
      <translation>Tilbage til redigering</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/widgets/conflict_dialog.py" line="69" />
      <source>Changed by someone else</source>
      <translation>Ændret af en anden</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/widgets/conflict_dialog.py" line="53" />
      <source>Changed by {name}: {row}</source>
      <translation>Ændret af {name}: {row}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/widgets/conflict_dialog.py" line="49" />
      <source>Deleted by you</source>
      <translation>Slettet af dig</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/widgets/conflict_dialog.py" line="49" />
      <source>Deleted by {name}</source>
      <translation>Slettet af {name}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/widgets/conflict_dialog.py" line="83" />
      <source>Field</source>
      <translation>Felt</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/widgets/conflict_dialog.py" line="106" />
      <source>Keep theirs</source>
      <translation>Behold deres</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/widgets/conflict_dialog.py" line="108" />
      <source>Save chosen</source>
      <translation>Gem de valgte</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/widgets/conflict_dialog.py" line="78" />
      <source>Someone else</source>
      <translation>En anden bruger</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/widgets/conflict_dialog.py" line="84" />
      <source>Their value</source>
      <translation>Deres værdi</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/widgets/conflict_dialog.py" line="107" />
      <source>Use mine</source>
      <translation>Brug mine</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/widgets/conflict_dialog.py" line="52" />
      <source>Your change: {row}</source>
      <translation>Din ændring: {row}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/widgets/conflict_dialog.py" line="85" />
      <source>Your value</source>
      <translation>Din værdi</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/widgets/conflict_dialog.py" line="47" />
      <source>someone else</source>
      <translation>en anden</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/widgets/conflict_dialog.py" line="74" />
      <source>{name} saved the same record while you were editing it. Changes only one of you made are merged already. Choose which value to keep where you both changed the same field.</source>
      <translation>{name} har gemt de samme oplysninger, mens du redigerede dem. Ændringer, som kun én af jer har lavet, er allerede flettet sammen. Vælg, hvilken værdi der skal gælde, hvor I begge har ændret det samme felt.</translation>
    </message>
  </context>
  <context>
    <name>ContractEditor</name>
    <message>
      <location filename="../../integration_desk/ui/contracts/dialogs.py" line="70" />
      <source> h/week</source>
      <translation> t/uge</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/editor.py" line="267" />
      <source>(none)</source>
      <translation>(ingen)</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/editor.py" line="239" />
      <source>(not set)</source>
      <translation>(ikke angivet)</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/editor.py" line="285" />
      <source>A newer version ({n}) exists.</source>
      <translation>Der findes en nyere version ({n}).</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/dialogs.py" line="51" />
      <source>Activity</source>
      <translation>Aktivitet</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/editor_actions.py" line="171" />
      <source>Activity {kind}, {provider}</source>
      <translation>Aktivitet {kind}, {provider}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/editor.py" line="121" />
      <source>Add activity…</source>
      <translation>Tilføj aktivitet …</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/editor.py" line="338" />
      <source>Average: {avg} h/week (target {target}).</source>
      <translation>Gennemsnit: {avg} t/uge (mål {target}).</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/editor.py" line="147" />
      <source>Back to draft</source>
      <translation>Tilbage til kladde</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/editor.py" line="95" />
      <source>Caseworker</source>
      <translation>Sagsbehandler</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/editor.py" line="69" />
      <source>Changed elsewhere since you opened it.</source>
      <translation>Ændret andetsteds, siden du åbnede den.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/editor.py" line="60" />
      <source>Choose a contract in the list.</source>
      <translation>Vælg en kontrakt på listen.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/dialogs.py" line="151" />
      <source>Choose the person the contract is for.</source>
      <translation>Vælg den person, kontrakten er til.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/editor.py" line="97" />
      <source>Concluded on</source>
      <translation>Indgået den</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/editor.py" line="92" />
      <source>Contract</source>
      <translation>Kontrakt</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/editor.py" line="342" />
      <source>Danish classes: {avg} h/week (at most {cap}).</source>
      <translation>Danskuddannelse: {avg} t/uge (højst {cap}).</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/editor.py" line="149" />
      <source>Edit (new version)</source>
      <translation>Redigér (ny version)</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/editor.py" line="122" />
      <source>Edit…</source>
      <translation>Redigér …</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/editor.py" line="98" />
      <source>Education goal</source>
      <translation>Uddannelsesmål</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/editor.py" line="97" />
      <source>Employment goal</source>
      <translation>Beskæftigelsesmål</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/dialogs.py" line="77" />
      <source>End</source>
      <translation>Slut</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/dialogs.py" line="153" />
      <source>Every adult has a contract already.</source>
      <translation>Alle voksne har allerede en kontrakt.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/editor.py" line="350" />
      <source>Fewer hours than the target in: {weeks}</source>
      <translation>Færre timer end målet i: {weeks}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/editor.py" line="114" />
      <source>Hours/week</source>
      <translation>Timer/uge</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/editor.py" line="98" />
      <source>Interpreter</source>
      <translation>Tolk</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/editor.py" line="99" />
      <source>Interpreter's language</source>
      <translation>Tolkens sprog</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/dialogs.py" line="60" />
      <source>Language school, company or the jobcentre</source>
      <translation>Sprogcenter, virksomhed eller jobcentret</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/dialogs.py" line="115" />
      <source>New contract</source>
      <translation>Ny kontrakt</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/editor.py" line="347" />
      <source>No activities in: {weeks}</source>
      <translation>Ingen aktiviteter i: {weeks}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/editor_actions.py" line="77" />
      <source>No changes to save.</source>
      <translation>Ingen ændringer at gemme.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/widgets.py" line="66" />
      <source>No programme period yet.</source>
      <translation>Ingen programperiode endnu.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/dialogs.py" line="79" />
      <source>Notes</source>
      <translation>Bemærkninger</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/editor.py" line="150" />
      <source>Paper copy received</source>
      <translation>Papirkopi modtaget</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/dialogs.py" line="134" />
      <source>Person (adults without a contract)</source>
      <translation>Borger (voksne uden kontrakt)</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/dialogs.py" line="78" />
      <source>Planned hours per week</source>
      <translation>Planlagte timer pr. uge</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/widgets.py" line="27" />
      <source>Planned hours per week (bars) against the 37-hour target (line); red weeks fall short.</source>
      <translation>Planlagte timer pr. uge (søjler) mod målet på 37 timer (linjen); røde uger når ikke målet.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/editor.py" line="156" />
      <source>Preview and print…</source>
      <translation>Vis og udskriv …</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/editor.py" line="127" />
      <source>Programme</source>
      <translation>Program</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/editor.py" line="96" />
      <source>Programme end</source>
      <translation>Programslut</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/editor.py" line="96" />
      <source>Programme start</source>
      <translation>Programstart</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/dialogs.py" line="75" />
      <source>Provider or company</source>
      <translation>Udbyder eller virksomhed</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/editor.py" line="146" />
      <source>Ready for signing</source>
      <translation>Klar til underskrift</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/editor.py" line="148" />
      <source>Register signatures…</source>
      <translation>Registrér underskrifter …</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/editor.py" line="69" />
      <source>Reload</source>
      <translation>Genindlæs</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/editor.py" line="123" />
      <source>Remove</source>
      <translation>Fjern</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/editor.py" line="145" />
      <source>Save</source>
      <translation>Gem</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/editor_actions.py" line="77" />
      <source>Saved.</source>
      <translation>Gemt.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/dialogs.py" line="104" />
      <source>Signed by the caseworker on</source>
      <translation>Underskrevet af sagsbehandleren den</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/dialogs.py" line="103" />
      <source>Signed by the resident on</source>
      <translation>Underskrevet af borgeren den</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/editor.py" line="281" />
      <source>Signed by the resident {r}, by the caseworker {c}.</source>
      <translation>Underskrevet af borgeren {r} og af sagsbehandleren {c}.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/dialogs.py" line="98" />
      <source>Signed contract</source>
      <translation>Underskrevet kontrakt</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/dialogs.py" line="76" />
      <source>Start</source>
      <translation>Start</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/editor.py" line="279" />
      <source>Status: {status}</source>
      <translation>Status: {status}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/editor.py" line="95" />
      <source>Takeover date</source>
      <translation>Overtagelsesdato</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/editor_actions.py" line="110" />
      <source>The contract has changes that are not saved. Save them?</source>
      <translation>Kontrakten har ændringer, der ikke er gemt. Vil du gemme dem?</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/dialogs.py" line="101" />
      <source>The signed paper copy has been received back</source>
      <translation>Den underskrevne papirkopi er kommet retur</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/dialogs.py" line="74" />
      <source>Type</source>
      <translation>Type</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/dialogs.py" line="125" />
      <source>Type or choose the person</source>
      <translation>Skriv eller vælg personen</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/editor_actions.py" line="109" />
      <source>Unsaved changes</source>
      <translation>Ændringer er ikke gemt</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/editor.py" line="155" />
      <source>Versions…</source>
      <translation>Versioner …</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/editor.py" line="369" />
      <source>Warning: </source>
      <translation>Advarsel: </translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/editor_actions.py" line="184" />
      <source>{hours} h/week</source>
      <translation>{hours} t/uge</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/editor.py" line="237" />
      <source>{name}: contract version {version}</source>
      <translation>{name}: kontrakt version {version}</translation>
    </message>
  </context>
  <context>
    <name>ContractHistory</name>
    <message>
      <location filename="../../integration_desk/ui/contracts/history.py" line="48" />
      <source>Activities</source>
      <translation>Aktiviteter</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/history.py" line="125" />
      <source>Caseworker</source>
      <translation>Sagsbehandler</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/history.py" line="55" />
      <source>Compare two versions</source>
      <translation>Sammenlign to versioner</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/history.py" line="115" />
      <source>Compare versions</source>
      <translation>Sammenlign versioner</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/history.py" line="126" />
      <source>Concluded</source>
      <translation>Indgået</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/history.py" line="40" />
      <source>Contract versions</source>
      <translation>Kontraktens versioner</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/history.py" line="130" />
      <source>Education goal</source>
      <translation>Uddannelsesmål</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/history.py" line="129" />
      <source>Employment goal</source>
      <translation>Beskæftigelsesmål</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/history.py" line="131" />
      <source>Interpreter</source>
      <translation>Tolk</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/history.py" line="132" />
      <source>Interpreter's language</source>
      <translation>Tolkens sprog</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/history.py" line="54" />
      <source>Open version</source>
      <translation>Åbn version</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/history.py" line="128" />
      <source>Programme end</source>
      <translation>Programslut</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/history.py" line="127" />
      <source>Programme start</source>
      <translation>Programstart</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/history.py" line="59" />
      <source>Select two versions (Ctrl+click) and compare them; with one selected, it is compared with the one before.</source>
      <translation>Markér to versioner (Ctrl+klik) og sammenlign dem; er kun én markeret, sammenlignes den med versionen før.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/history.py" line="124" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/history.py" line="43" />
      <source>Version</source>
      <translation>Version</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/history.py" line="142" />
      <source>Version {n}</source>
      <translation>Version {n}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/history.py" line="135" />
      <source>added</source>
      <translation>tilføjet</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/history.py" line="137" />
      <source>changed</source>
      <translation>ændret</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/history.py" line="108" />
      <source>h/week</source>
      <translation>t/uge</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/history.py" line="136" />
      <source>removed</source>
      <translation>fjernet</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/history.py" line="161" />
      <source>{person}: what changed from version {a} to version {b}</source>
      <translation>{person}: ændringer fra version {a} til version {b}</translation>
    </message>
  </context>
  <context>
    <name>ContractPdf</name>
    <message>
      <location filename="../../integration_desk/documents/contract_pdf.py" line="273" />
      <source>Activity</source>
      <translation>Aktivitet</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/contract_pdf.py" line="243" />
      <source>Birth date</source>
      <translation>Fødselsdato</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/contract_pdf.py" line="353" />
      <source>By signing, both parties confirm that the contract has been gone through together and understood.</source>
      <translation>Med underskriften bekræfter begge parter, at kontrakten er gennemgået i fællesskab og forstået.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/contract_pdf.py" line="242" />
      <source>CPR number</source>
      <translation>CPR-nummer</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/contract_pdf.py" line="244" />
      <source>Caseworker</source>
      <translation>Sagsbehandler</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/contract_pdf.py" line="245" />
      <source>Contract concluded</source>
      <translation>Kontrakt indgået</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/contract_pdf.py" line="383" />
      <source>DRAFT: not for signing</source>
      <translation>KLADDE: må ikke underskrives</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/contract_pdf.py" line="310" />
      <source>Danish classes on average: {average} hours a week (at most {cap}).</source>
      <translation>Danskuddannelse i gennemsnit: {average} timer om ugen (højst {cap}).</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/contract_pdf.py" line="343" />
      <source>Date</source>
      <translation>Dato</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/contract_pdf.py" line="246" />
      <source>Education goal</source>
      <translation>Uddannelsesmål</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/contract_pdf.py" line="246" />
      <source>Employment goal</source>
      <translation>Beskæftigelsesmål</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/contract_pdf.py" line="275" />
      <source>From</source>
      <translation>Fra</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/contract_pdf.py" line="277" />
      <source>Hours/week</source>
      <translation>Timer/uge</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/contract_pdf.py" line="424" />
      <source>Integration contract</source>
      <translation>Integrationskontrakt</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/contract_pdf.py" line="369" />
      <source>Integration contract, {name}, version {version}, printed {date}</source>
      <translation>Integrationskontrakt, {name}, version {version}, udskrevet {date}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/contract_pdf.py" line="242" />
      <source>Name</source>
      <translation>Navn</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/contract_pdf.py" line="243" />
      <source>Name in own script</source>
      <translation>Navn i egen skrift</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/contract_pdf.py" line="293" />
      <source>No activities yet.</source>
      <translation>Ingen aktiviteter endnu.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/contract_pdf.py" line="278" />
      <source>Notes</source>
      <translation>Bemærkninger</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/contract_pdf.py" line="173" />
      <source>Page {page} of {total}</source>
      <translation>Side {page} af {total}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/contract_pdf.py" line="307" />
      <source>Planned hours on average: {average} hours a week (target {target}).</source>
      <translation>Planlagte timer i gennemsnit: {average} timer om ugen (mål {target}).</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/contract_pdf.py" line="245" />
      <source>Programme period</source>
      <translation>Programperiode</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/contract_pdf.py" line="274" />
      <source>Provider or company</source>
      <translation>Udbyder eller virksomhed</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/contract_pdf.py" line="357" />
      <source>Signatures</source>
      <translation>Underskrifter</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/contract_pdf.py" line="244" />
      <source>Takeover date</source>
      <translation>Overtagelsesdato</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/contract_pdf.py" line="331" />
      <source>The caseworker</source>
      <translation>Sagsbehandleren</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/contract_pdf.py" line="335" />
      <source>The interpreter</source>
      <translation>Tolken</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/contract_pdf.py" line="385" />
      <source>The programme</source>
      <translation>Programmet</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/contract_pdf.py" line="327" />
      <source>The resident</source>
      <translation>Borgeren</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/contract_pdf.py" line="276" />
      <source>To</source>
      <translation>Til</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/contract_pdf.py" line="377" />
      <source>Version {version} · {status}</source>
      <translation>Version {version} · {status}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/contract_pdf.py" line="242" />
      <source>not assigned yet</source>
      <translation>ikke tildelt endnu</translation>
    </message>
  </context>
  <context>
    <name>ContractPreview</name>
    <message>
      <location filename="../../integration_desk/ui/contracts/preview.py" line="242" />
      <source>Cancelled: no PDF of the contracts was made.</source>
      <translation>Annulleret: der blev ikke lavet nogen PDF af kontrakterne.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/preview.py" line="75" />
      <source>Close</source>
      <translation>Luk</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/preview.py" line="100" />
      <source>Contract: preview</source>
      <translation>Kontrakt: visning</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/preview.py" line="253" />
      <source>Contracts ready for signing {date}</source>
      <translation>Kontrakter klar til underskrift {date}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/preview.py" line="251" />
      <source>Contracts ready for signing: {n}</source>
      <translation>Kontrakter klar til underskrift: {n}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/preview.py" line="197" />
      <source>Integration contract {name} v{version}</source>
      <translation>Integrationskontrakt {name} v{version}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/preview.py" line="234" />
      <source>Making the PDF of {n} contracts…</source>
      <translation>Laver PDF med {n} kontrakter …</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/preview.py" line="233" />
      <source>Making the PDF of {n} contract…</source>
      <translation>Laver PDF med {n} kontrakt …</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/preview.py" line="224" />
      <source>No contracts are ready for signing.</source>
      <translation>Ingen kontrakter er klar til underskrift.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/preview.py" line="115" />
      <source>Print</source>
      <translation>Udskriv</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/preview.py" line="73" />
      <source>Print…</source>
      <translation>Udskriv …</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/preview.py" line="147" />
      <source>Save as PDF</source>
      <translation>Gem som PDF</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/preview.py" line="74" />
      <source>Save as PDF…</source>
      <translation>Gem som PDF …</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/preview.py" line="133" />
      <source>The contract was printed on {printer}.</source>
      <translation>Kontrakten er udskrevet på {printer}.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/preview.py" line="163" />
      <source>The contract was saved as PDF: {path}</source>
      <translation>Kontrakten er gemt som PDF: {path}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/preview.py" line="190" />
      <source>The file could not be written. Choose another folder.</source>
      <translation>Filen kunne ikke gemmes. Vælg en anden mappe.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/preview.py" line="115" />
      <source>The printer could not be started.</source>
      <translation>Printeren kunne ikke startes.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/preview.py" line="134" />
      <source>{n} contracts printed on {printer}.</source>
      <translation>{n} kontrakter udskrevet på {printer}.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/preview.py" line="164" />
      <source>{n} contracts saved as PDF: {path}</source>
      <translation>{n} kontrakter gemt som PDF: {path}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/preview.py" line="69" />
      <source>{n} page</source>
      <translation>{n} side</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/preview.py" line="69" />
      <source>{n} pages</source>
      <translation>{n} sider</translation>
    </message>
  </context>
  <context>
    <name>ContractTemplates</name>
    <message>
      <location filename="../../integration_desk/ui/contracts/templates.py" line="78" />
      <source>Address</source>
      <translation>Adresse</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/templates.py" line="107" />
      <source>Choose logo</source>
      <translation>Vælg logo</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/templates.py" line="68" />
      <source>Choose logo…</source>
      <translation>Vælg logo …</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/templates.py" line="38" />
      <source>Contract texts and letterhead</source>
      <translation>Kontrakttekster og brevhoved</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/templates.py" line="79" />
      <source>Logo (PNG or JPEG)</source>
      <translation>Logo (PNG eller JPEG)</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/templates.py" line="103" />
      <source>Logo chosen ({kb} kB)</source>
      <translation>Logo valgt ({kb} kB)</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/templates.py" line="51" />
      <source>Merge fields: {fields}. A field without a value is shown as a marker and blocks "ready for signing".</source>
      <translation>Flettefelter: {fields}. Et felt uden værdi vises som en markering og forhindrer "klar til underskrift".</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/templates.py" line="77" />
      <source>Municipality / jobcentre</source>
      <translation>Kommune/jobcenter</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/templates.py" line="69" />
      <source>No logo</source>
      <translation>Intet logo</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/templates.py" line="97" />
      <source>Only an administrator or team lead can change these.</source>
      <translation>Kun en administrator eller teamleder kan ændre dem.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/templates.py" line="56" />
      <source>Text in double square brackets is optional: it is printed only when every merge field in it has a value, and left out otherwise, e.g. [[, herunder dit CPR-nummer {cpr},]] for a resident without a CPR number yet.</source>
      <translation>Tekst i dobbelte firkantede parenteser er valgfri: den udskrives kun, når alle flettefelter i den har en værdi, og udelades ellers, fx [[, herunder dit CPR-nummer {cpr},]] for en borger, der endnu ikke har et CPR-nummer.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/templates.py" line="112" />
      <source>The file could not be read.</source>
      <translation>Filen kunne ikke læses.</translation>
    </message>
  </context>
  <context>
    <name>ContractsView</name>
    <message>
      <location filename="../../integration_desk/ui/contracts/view.py" line="162" />
      <source>Integration contract</source>
      <translation>Integrationskontrakt</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/view.py" line="57" />
      <source>New contract…</source>
      <translation>Ny kontrakt …</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/view.py" line="46" />
      <source>Person</source>
      <translation>Borger</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/view.py" line="58" />
      <source>Print all ready for signing…</source>
      <translation>Udskriv alle klar til underskrift …</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/view.py" line="49" />
      <source>Programme end</source>
      <translation>Programslut</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/view.py" line="48" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/view.py" line="59" />
      <source>Texts and letterhead…</source>
      <translation>Tekster og brevhoved …</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/view.py" line="47" />
      <source>Version</source>
      <translation>Version</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/view.py" line="97" />
      <source>{n} contract (newest version per person).</source>
      <translation>{n} kontrakt (nyeste version pr. borger).</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/view.py" line="98" />
      <source>{n} contracts (newest version per person).</source>
      <translation>{n} kontrakter (nyeste version pr. borger).</translation>
    </message>
  </context>
  <context>
    <name>DateField</name>
    <message>
      <location filename="../../integration_desk/ui/widgets/date_field.py" line="111" />
      <source>Choose in the calendar</source>
      <translation>Vælg i kalenderen</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/widgets/date_field.py" line="151" />
      <source>Enter a date.</source>
      <translation>Skriv en dato.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/widgets/date_field.py" line="39" />
      <source>Type the date (e.g. 23-10-2016, 231016 or 2016-10-23), or Alt+Down for the calendar</source>
      <translation>Skriv datoen (fx 23-10-2016, 231016 eller 2016-10-23), eller tryk Alt+Ned for kalenderen</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/widgets/date_field.py" line="101" />
      <source>dd-mm-yyyy</source>
      <translation>dd-mm-åååå</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <location filename="../../integration_desk/ui/ops.py" line="364" />
      <source>Integration Desk</source>
      <translation>Integration Desk</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/ops.py" line="365" />
      <source>Something went wrong ({kind}); nothing was saved. Please tell IT.</source>
      <translation>Noget gik galt ({kind}); intet er gemt. Sig det venligst til IT.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/ops.py" line="358" />
      <source>The connection to the database was lost. Nothing was saved; try again.</source>
      <translation>Forbindelsen til databasen blev afbrudt. Intet blev gemt; prøv igen.</translation>
    </message>
  </context>
  <context>
    <name>FileDialogs</name>
    <message>
      <location filename="../../integration_desk/ui/widgets/file_dialogs.py" line="53" />
      <source>Excel workbook (*.xlsx)</source>
      <translation>Excel-projektmappe (*.xlsx)</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/widgets/file_dialogs.py" line="52" />
      <source>PDF document (*.pdf)</source>
      <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/widgets/file_dialogs.py" line="54" />
      <source>Pictures (*.png *.jpg *.jpeg)</source>
      <translation>Billeder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/widgets/file_dialogs.py" line="56" />
      <source>SQLite databases (*.sqlite3 *.sqlite *.db)</source>
      <translation>SQLite-databaser (*.sqlite3 *.sqlite *.db)</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/widgets/file_dialogs.py" line="67" />
      <source>document</source>
      <translation>dokument</translation>
    </message>
  </context>
  <context>
    <name>HoursCompliance</name>
    <message>
      <location filename="../../integration_desk/ui/hours/compliance.py" line="84" />
      <source>Averages count attended hours plus absence with a valid reason (sickness included) per full week; public holidays make a week shorter. Averages run to the last week chosen. Double-click a person to see all weeks.</source>
      <translation>Gennemsnittene tæller fremmødte timer plus fravær med gyldig grund (sygdom medregnet) pr. hel uge; helligdage gør en uge kortere. Gennemsnittene går til og med den sidst valgte uge. Dobbeltklik på en borger for at se alle uger.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/compliance.py" line="52" />
      <source>Caseworker</source>
      <translation>Sagsbehandler</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/compliance.py" line="137" />
      <source>Export compliance</source>
      <translation>Eksportér overholdelse</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/compliance.py" line="48" />
      <source>Export to Excel…</source>
      <translation>Eksportér til Excel …</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/compliance.py" line="76" />
      <source>From:</source>
      <translation>Fra:</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/compliance.py" line="63" />
      <source>Hours without valid reason</source>
      <translation>Timer uden gyldig grund</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/compliance.py" line="59" />
      <source>Last 4 weeks</source>
      <translation>Seneste 4 uger</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/compliance.py" line="51" />
      <source>Person</source>
      <translation>Borger</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/compliance.py" line="54" />
      <source>Programme average</source>
      <translation>Gennemsnit i programmet</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/compliance.py" line="134" />
      <source>Programme hours week {first} to week {last}</source>
      <translation>Programtimer uge {first} til uge {last}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/compliance.py" line="46" />
      <source>Show</source>
      <translation>Vis</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/compliance.py" line="61" />
      <source>Target</source>
      <translation>Mål</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/compliance.py" line="78" />
      <source>To:</source>
      <translation>Til:</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/compliance.py" line="116" />
      <source>Week {first} – week {last}: {n} resident needs attention.</source>
      <translation>Uge {first} – uge {last}: {n} borger kræver opmærksomhed.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/compliance.py" line="117" />
      <source>Week {first} – week {last}: {n} residents need attention.</source>
      <translation>Uge {first} – uge {last}: {n} borgere kræver opmærksomhed.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/compliance.py" line="67" />
      <source>Weeks with such absence</source>
      <translation>Uger med sådant fravær</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/compliance.py" line="144" />
      <source>{n} resident exported to {path}</source>
      <translation>{n} borger eksporteret til {path}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/compliance.py" line="153" />
      <source>{n} resident written to the file.</source>
      <translation>{n} borger skrevet til filen.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/compliance.py" line="144" />
      <source>{n} residents exported to {path}</source>
      <translation>{n} borgere eksporteret til {path}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/compliance.py" line="154" />
      <source>{n} residents written to the file.</source>
      <translation>{n} borgere skrevet til filen.</translation>
    </message>
  </context>
  <context>
    <name>HoursHistory</name>
    <message>
      <location filename="../../integration_desk/ui/hours/history.py" line="103" />
      <source>Attended</source>
      <translation>Fremmødt</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/history.py" line="102" />
      <source>Attended + absence with reason</source>
      <translation>Fremmødt + fravær med grund</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/history.py" line="126" />
      <source>Hours</source>
      <translation>Timer</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/history.py" line="100" />
      <source>Hours per week</source>
      <translation>Timer pr. uge</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/history.py" line="76" />
      <source>No absence without a valid reason.</source>
      <translation>Intet fravær uden gyldig grund.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/history.py" line="63" />
      <source>No week below target.</source>
      <translation>Ingen uger under målet.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/history.py" line="101" />
      <source>Planned</source>
      <translation>Planlagt</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/history.py" line="41" />
      <source>Programme hours: {person}</source>
      <translation>Programtimer: {person}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/history.py" line="122" />
      <source>Programme week</source>
      <translation>Uge i programmet</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/history.py" line="104" />
      <source>Running average</source>
      <translation>Løbende gennemsnit</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/history.py" line="105" />
      <source>Target</source>
      <translation>Mål</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/history.py" line="32" />
      <source>Week {week}, {year}: credited {credited} of {target} h</source>
      <translation>Uge {week}, {year}: {credited} af {target} timer godskrevet</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/history.py" line="68" />
      <source>Week {week}, {year}: {hours} h without a valid reason — {note}</source>
      <translation>Uge {week}, {year}: {hours} timer uden gyldig grund — {note}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/history.py" line="79" />
      <source>Weeks below target</source>
      <translation>Uger under målet</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/history.py" line="80" />
      <source>Weeks with absence without a valid reason</source>
      <translation>Uger med fravær uden gyldig grund</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/history.py" line="44" />
      <source>{weeks} weeks recorded. Programme average {average} h/week, last 4 weeks {recent} h/week; target {target} h/week. Credited hours are attended hours plus absence with a reason; holiday weeks count as part of a week.</source>
      <translation>{weeks} uger registreret. Gennemsnit i programmet {average} t/uge, seneste 4 uger {recent} t/uge; mål {target} t/uge. Godskrevne timer er fremmødte timer plus fravær med grund; uger med helligdage tæller som en del af en uge.</translation>
    </message>
  </context>
  <context>
    <name>HoursPanel</name>
    <message>
      <location filename="../../integration_desk/ui/hours/panel.py" line="55" />
      <source>Everyone is on target.</source>
      <translation>Alle er på målet.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/panel.py" line="27" />
      <source>Programme hours below 37 h/week or unexcused absence</source>
      <translation>Programtimer under 37 t/uge eller fravær uden gyldig grund</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/panel.py" line="40" />
      <source>average {average}, last 4 weeks {recent} h</source>
      <translation>gennemsnit {average}, seneste 4 uger {recent} t</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/panel.py" line="47" />
      <source>{hours} h without valid reason</source>
      <translation>{hours} t uden gyldig grund</translation>
    </message>
  </context>
  <context>
    <name>HoursTransfer</name>
    <message>
      <location filename="../../integration_desk/ui/hours/transfer.py" line="67" />
      <source>Export hours</source>
      <translation>Eksportér timer</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/transfer.py" line="85" />
      <source>Exporting the hours …</source>
      <translation>Eksporterer timerne …</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/transfer.py" line="64" />
      <source>Hours week {first} to week {last}</source>
      <translation>Timer uge {first} til uge {last}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/transfer.py" line="32" />
      <source>Import attendance list</source>
      <translation>Importér fremmødeliste</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/transfer.py" line="46" />
      <source>Importing the attendance list …</source>
      <translation>Importerer fremmødelisten …</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/transfer.py" line="38" />
      <source>{file}: {created} hour entries created, {updated} updated.</source>
      <translation>{file}: {created} timeregistreringer oprettet, {updated} opdateret.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/transfer.py" line="77" />
      <source>{n} hour entries exported to {path}</source>
      <translation>{n} timeregistreringer eksporteret til {path}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/transfer.py" line="76" />
      <source>{n} hour entry exported to {path}</source>
      <translation>{n} timeregistrering eksporteret til {path}</translation>
    </message>
  </context>
  <context>
    <name>HoursView</name>
    <message>
      <location filename="../../integration_desk/ui/hours/grid_model.py" line="74" />
      <source>Activity</source>
      <translation>Aktivitet</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/view.py" line="157" />
      <source>Activity:</source>
      <translation>Aktivitet:</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/view.py" line="95" />
      <source>All activities</source>
      <translation>Alle aktiviteter</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/view.py" line="211" />
      <source>All caseworkers</source>
      <translation>Alle sagsbehandlere</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/view.py" line="215" />
      <source>All sites</source>
      <translation>Alle boligsteder</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/view.py" line="115" />
      <source>Approve week</source>
      <translation>Godkend uge</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/grid_model.py" line="340" />
      <source>Approved</source>
      <translation>Godkendt</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/grid_model.py" line="76" />
      <source>Attended</source>
      <translation>Fremmødt</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/view.py" line="106" />
      <source>Attended as planned</source>
      <translation>Fremmødt som planlagt</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/view.py" line="380" />
      <source>Attended plus absence may exceed the planned hours by at most (hours):</source>
      <translation>Fremmøde plus fravær må højst overstige de planlagte timer med (timer):</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/grid_model.py" line="322" />
      <source>Avg. {average} h/week; last 4 weeks {recent}; target {target}</source>
      <translation>Gns. {average} t/uge; 4 uger {recent}; mål {target}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/view.py" line="153" />
      <source>Caseworker:</source>
      <translation>Sagsbehandler:</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/view.py" line="407" />
      <source>Choose a row of the person first.</source>
      <translation>Vælg først en række for borgeren.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/view.py" line="199" />
      <source>Compliance (37 hours)</source>
      <translation>Overholdelse (37 timer)</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/view.py" line="113" />
      <source>Copy last week</source>
      <translation>Kopiér sidste uge</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/view.py" line="314" />
      <source>Correct the marked cells first:</source>
      <translation>Ret først de markerede celler:</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/view.py" line="168" />
      <source>Export hours…</source>
      <translation>Eksportér timer…</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/view.py" line="114" />
      <source>Fill in the hours the way they were recorded last week</source>
      <translation>Udfyld timerne, som de blev registreret i sidste uge</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/view.py" line="313" />
      <source>Hours not saved</source>
      <translation>Timerne er ikke gemt</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/view.py" line="124" />
      <source>How many hours attended plus absence may exceed the planned hours (team setting)</source>
      <translation>Hvor mange timer fremmøde plus fravær må overstige de planlagte timer (fælles indstilling for teamet)</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/view.py" line="167" />
      <source>Import attendance list…</source>
      <translation>Importér fremmødeliste…</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/view.py" line="341" />
      <source>Last week has nothing that differs from this week.</source>
      <translation>Sidste uge har intet, der adskiller sig fra denne uge.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/view.py" line="117" />
      <source>Lock the week of the selected persons (all shown when none is selected)</source>
      <translation>Lås ugen for de valgte borgere (alle viste, når ingen er valgt)</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/view.py" line="379" />
      <source>Margin</source>
      <translation>Margen</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/view.py" line="122" />
      <source>Margin…</source>
      <translation>Margen …</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/view.py" line="85" />
      <source>Next week (Alt+Right)</source>
      <translation>Næste uge (Alt+Højre)</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/view.py" line="83" />
      <source>Next ▶</source>
      <translation>Næste ▶</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/grid_model.py" line="79" />
      <source>No valid reason</source>
      <translation>Uden gyldig grund</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/grid_model.py" line="321" />
      <source>No weeks recorded yet</source>
      <translation>Ingen uger registreret endnu</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/grid_model.py" line="343" />
      <source>Not recorded</source>
      <translation>Ikke registreret</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/grid_model.py" line="342" />
      <source>Not saved</source>
      <translation>Ikke gemt</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/grid_model.py" line="80" />
      <source>Note</source>
      <translation>Bemærkning</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/grid_model.py" line="73" />
      <source>Person</source>
      <translation>Borger</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/view.py" line="407" />
      <source>Person's history</source>
      <translation>Borgerens forløb</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/view.py" line="121" />
      <source>Person's history…</source>
      <translation>Borgerens forløb …</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/view.py" line="89" />
      <source>Pick a date to show its week</source>
      <translation>Vælg en dato for at se dens uge</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/grid_model.py" line="75" />
      <source>Planned</source>
      <translation>Planlagt</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/view.py" line="84" />
      <source>Previous week (Alt+Left)</source>
      <translation>Forrige uge (Alt+Venstre)</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/view.py" line="365" />
      <source>Reopen approved week</source>
      <translation>Genåbn godkendt uge</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/view.py" line="119" />
      <source>Reopen…</source>
      <translation>Genåbn …</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/view.py" line="105" />
      <source>Save every change of this week in one go (Ctrl+S)</source>
      <translation>Gem alle ugens ændringer på én gang (Ctrl+S)</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/view.py" line="104" />
      <source>Save week</source>
      <translation>Gem uge</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/grid_model.py" line="343" />
      <source>Saved</source>
      <translation>Gemt</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/view.py" line="108" />
      <source>Set attended = planned less absence for the selected rows (all rows when none is selected)</source>
      <translation>Sæt fremmødt = planlagt minus fravær for de valgte rækker (alle rækker, når ingen er valgt)</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/grid_model.py" line="77" />
      <source>Sick</source>
      <translation>Syg</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/view.py" line="155" />
      <source>Site:</source>
      <translation>Boligsted:</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/grid_model.py" line="81" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/view.py" line="279" />
      <source>The hours of {week} are not saved. Save them now?</source>
      <translation>Timerne for {week} er ikke gemt. Vil du gemme dem nu?</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/grid_model.py" line="315" />
      <source>Total</source>
      <translation>I alt</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/view.py" line="120" />
      <source>Unlock an approved week; the reason is logged</source>
      <translation>Lås en godkendt uge op; begrundelsen logges</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/view.py" line="278" />
      <source>Unsaved hours</source>
      <translation>Timer ikke gemt</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/grid_model.py" line="78" />
      <source>Valid reason</source>
      <translation>Gyldig grund</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/view.py" line="198" />
      <source>Week</source>
      <translation>Uge</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/view.py" line="366" />
      <source>Why is {week} reopened? The reason is kept in the audit log.</source>
      <translation>Hvorfor genåbnes {week}? Begrundelsen gemmes i loggen.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/view.py" line="62" />
      <source>week {week}, {year}</source>
      <translation>uge {week}, {year}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/view.py" line="249" />
      <source>{week} ({start} – {end}): {persons} persons. Planned {planned} h, attended {attended} h, sick {sick} h, valid reason {valid} h, no valid reason {unexcused} h. Weekly target {target} h.</source>
      <translation>{week} ({start} – {end}): {persons} borgere. Planlagt {planned} t, fremmødt {attended} t, syg {sick} t, gyldig grund {valid} t, uden gyldig grund {unexcused} t. Ugentligt mål {target} t.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/view.py" line="82" />
      <source>◀ Previous</source>
      <translation>◀ Forrige</translation>
    </message>
  </context>
  <context>
    <name>HousingBoard</name>
    <message>
      <location filename="../../integration_desk/ui/housing/board.py" line="136" />
      <source>Out of service</source>
      <translation>Lukket</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/board.py" line="146" />
      <source>Out of use from {date}</source>
      <translation>Ude af brug fra {date}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/board_paint.py" line="58" />
      <source>Suggestion: {label}</source>
      <translation>Forslag: {label}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/board_paint.py" line="145" />
      <source>week {week}</source>
      <translation>uge {week}</translation>
    </message>
  </context>
  <context>
    <name>HousingDialogs</name>
    <message>
      <location filename="../../integration_desk/ui/housing/dialogs.py" line="69" />
      <source>Allocate a room</source>
      <translation>Anvis værelse</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/dialogs.py" line="177" />
      <source>Change the stay of {household}</source>
      <translation>Ret opholdet for {household}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/dialogs.py" line="147" />
      <source>Day of the move:</source>
      <translation>Flyttedag:</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/dialogs.py" line="119" />
      <source>End the stay of {household}</source>
      <translation>Afslut opholdet for {household}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/dialogs.py" line="160" />
      <source>Export occupancy</source>
      <translation>Eksportér belægning</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/dialogs.py" line="164" />
      <source>From:</source>
      <translation>Fra:</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/dialogs.py" line="92" />
      <source>Household:</source>
      <translation>Husstand:</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/dialogs.py" line="83" />
      <source>Known moving-out day</source>
      <translation>Kendt fraflytningsdag</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/dialogs.py" line="143" />
      <source>Move {household} to another room</source>
      <translation>Flyt {household} til et andet værelse</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/dialogs.py" line="124" />
      <source>Moved away</source>
      <translation>Fraflyttet kommunen</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/dialogs.py" line="125" />
      <source>Moved room</source>
      <translation>Flyttet værelse</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/dialogs.py" line="95" />
      <source>Moving in:</source>
      <translation>Indflytning:</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/dialogs.py" line="130" />
      <source>Moving-out day:</source>
      <translation>Fraflytningsdag:</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/dialogs.py" line="148" />
      <source>New room:</source>
      <translation>Nyt værelse:</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/dialogs.py" line="123" />
      <source>Permanent home</source>
      <translation>Permanent bolig</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/dialogs.py" line="94" />
      <source>Persons in the room:</source>
      <translation>Personer i værelset:</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/dialogs.py" line="131" />
      <source>Reason:</source>
      <translation>Årsag:</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/dialogs.py" line="93" />
      <source>Room:</source>
      <translation>Værelse:</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/dialogs.py" line="165" />
      <source>To (included):</source>
      <translation>Til (med):</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/dialogs.py" line="73" />
      <source>{name} ({n} pers.)</source>
      <translation>{name} ({n} pers.)</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/dialogs.py" line="37" />
      <source>{site} — {unit} — {room} ({beds})</source>
      <translation>{site} — {unit} — {room} ({beds})</translation>
    </message>
  </context>
  <context>
    <name>HousingPanels</name>
    <message>
      <location filename="../../integration_desk/ui/housing/panels.py" line="28" />
      <source>Days where the persons announced to arrive by then who have no bed that day (also the rest of a family only partly housed) exceed the free beds.</source>
      <translation>Dage hvor de personer, der er varslet til at ankomme inden da og ikke har en seng den dag (også resten af en familie, der kun delvis har værelse), er flere end de ledige senge.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/panels.py" line="55" />
      <source>Enough free beds for every announced arrival.</source>
      <translation>Der er ledige senge nok til alle varslede ankomster.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/panels.py" line="25" />
      <source>Too few free beds (next 90 days)</source>
      <translation>For få ledige senge (de næste 90 dage)</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/panels.py" line="43" />
      <source>{date} (week {week}): {waiting}, {free}</source>
      <translation>{date} (uge {week}): {waiting}, {free}</translation>
    </message>
  </context>
  <context>
    <name>HousingRegister</name>
    <message>
      <location filename="../../integration_desk/ui/housing/register_forms.py" line="73" />
      <source>Address:</source>
      <translation>Adresse:</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/register_forms.py" line="96" />
      <source>Beds:</source>
      <translation>Senge:</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/register_forms.py" line="29" />
      <source>Cleaning</source>
      <translation>Rengøring</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/register.py" line="117" />
      <source>Close</source>
      <translation>Luk</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/register.py" line="105" />
      <source>Close the room for a period…</source>
      <translation>Luk værelset i en periode…</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/register.py" line="107" />
      <source>Delete</source>
      <translation>Slet</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/register.py" line="313" />
      <source>Delete room {room}?</source>
      <translation>Slet værelse {room}?</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/register.py" line="309" />
      <source>Delete this closure?</source>
      <translation>Slet denne lukning?</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/register.py" line="91" />
      <source>Details</source>
      <translation>Detaljer</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/register_forms.py" line="95" />
      <source>Edit room</source>
      <translation>Ret værelse</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/register_forms.py" line="72" />
      <source>Edit site</source>
      <translation>Ret boligsted</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/register_forms.py" line="82" />
      <source>Edit unit</source>
      <translation>Ret enhed</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/register.py" line="106" />
      <source>Edit…</source>
      <translation>Ret…</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/register_forms.py" line="113" />
      <source>First day:</source>
      <translation>Første dag:</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/register.py" line="88" />
      <source>Housing register</source>
      <translation>Boligregister</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/register.py" line="348" />
      <source>Housing register…</source>
      <translation>Boligregister…</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/register.py" line="109" />
      <source>In use again</source>
      <translation>I brug igen</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/register_forms.py" line="114" />
      <source>Last day:</source>
      <translation>Sidste dag:</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/register_forms.py" line="85" />
      <source>Most persons sharing kitchen and bath:</source>
      <translation>Højst antal personer om køkken og bad:</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/register.py" line="91" />
      <source>Name</source>
      <translation>Navn</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/register_forms.py" line="96" />
      <source>Name or number:</source>
      <translation>Navn eller nummer:</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/register_forms.py" line="73" />
      <source>Name:</source>
      <translation>Navn:</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/register_forms.py" line="95" />
      <source>New room in {unit}</source>
      <translation>Nyt værelse i {unit}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/register.py" line="104" />
      <source>New room…</source>
      <translation>Nyt værelse…</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/register_forms.py" line="72" />
      <source>New site</source>
      <translation>Nyt boligsted</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/register.py" line="102" />
      <source>New site…</source>
      <translation>Nyt boligsted…</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/register_forms.py" line="82" />
      <source>New unit in {site}</source>
      <translation>Ny enhed i {site}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/register.py" line="103" />
      <source>New unit…</source>
      <translation>Ny enhed…</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/register.py" line="91" />
      <source>Notes</source>
      <translation>Noter</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/register_forms.py" line="86" />
      <source>Notes (e.g. ground floor, step-free):</source>
      <translation>Noter (fx stueetage, uden trin):</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/register_forms.py" line="74" />
      <source>Notes:</source>
      <translation>Noter:</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/register_forms.py" line="29" />
      <source>Other</source>
      <translation>Andet</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/register.py" line="144" />
      <source>Out of service {first} – {last}</source>
      <translation>Lukket {first} – {last}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/register_forms.py" line="126" />
      <source>Out of use from the day chosen; earlier stays remain on record.</source>
      <translation>Ude af brug fra den valgte dag; tidligere ophold bevares.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/register_forms.py" line="129" />
      <source>Out of use from:</source>
      <translation>Ude af brug fra:</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/register_forms.py" line="115" />
      <source>Reason:</source>
      <translation>Årsag:</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/register_forms.py" line="29" />
      <source>Repair</source>
      <translation>Reparation</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/register.py" line="108" />
      <source>Retire from a day…</source>
      <translation>Tag ud af brug fra en dag…</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/register_forms.py" line="128" />
      <source>Retire: {what}</source>
      <translation>Tag ud af brug: {what}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/register.py" line="91" />
      <source>Retired</source>
      <translation>Ude af brug</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/register.py" line="325" />
      <source>Room {name}</source>
      <translation>Værelse {name}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/register_forms.py" line="112" />
      <source>Room {room} out of service</source>
      <translation>Værelse {room} lukket</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/register.py" line="321" />
      <source>Site {name}</source>
      <translation>Boligsted {name}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/register.py" line="323" />
      <source>Unit {name}</source>
      <translation>Enhed {name}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/register.py" line="79" />
      <source>from {date}</source>
      <translation>fra {date}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/register.py" line="137" />
      <source>kitchen and bath shared by at most {n}</source>
      <translation>køkken og bad deles af højst {n}</translation>
    </message>
  </context>
  <context>
    <name>HousingRestDialog</name>
    <message>
      <location filename="../../integration_desk/ui/housing/rest_dialog.py" line="64" />
      <source>Choose beds for {missing} more.</source>
      <translation>Vælg senge til endnu {missing}.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/rest_dialog.py" line="60" />
      <source>Chosen: {beds} for the other {rest}.</source>
      <translation>Valgt: {beds} til resten af familien ({rest}).</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/rest_dialog.py" line="28" />
      <source>The rest of {household}</source>
      <translation>Resten af {household}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/rest_dialog.py" line="35" />
      <source>{room} ({beds})</source>
      <translation>{room} ({beds})</translation>
    </message>
  </context>
  <context>
    <name>HousingView</name>
    <message>
      <location filename="../../integration_desk/ui/housing/view.py" line="135" />
      <source>Accept all suggestions</source>
      <translation>Godkend alle forslag</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/view.py" line="397" />
      <source>Accept suggestions</source>
      <translation>Godkend forslag</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/view.py" line="382" />
      <source>Accept this suggestion</source>
      <translation>Godkend dette forslag</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/view.py" line="124" />
      <source>Allocate a room…</source>
      <translation>Anvis værelse…</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/placing.py" line="84" />
      <source>Allocate room</source>
      <translation>Anvis værelse</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/view.py" line="94" />
      <source>Blue: planned · green: living there · orange: moving out within 14 days · hatched: out of service · red mark: too few free beds · dark blue line: today</source>
      <translation>Blå: planlagt · grøn: bor der · orange: flytter inden for 14 dage · skraveret: lukket · rød markering: for få ledige senge · mørkeblå streg: i dag</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/view.py" line="250" />
      <source>Change room and dates…</source>
      <translation>Ret værelse og datoer…</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/view.py" line="291" />
      <source>Change stay</source>
      <translation>Ret ophold</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/view.py" line="333" />
      <source>Delete stay</source>
      <translation>Slet ophold</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/view.py" line="254" />
      <source>Delete the stay</source>
      <translation>Slet opholdet</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/view.py" line="303" />
      <source>End stay</source>
      <translation>Afslut ophold</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/view.py" line="251" />
      <source>End the stay…</source>
      <translation>Afslut opholdet…</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/view.py" line="413" />
      <source>Export occupancy</source>
      <translation>Eksportér belægning</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/view.py" line="107" />
      <source>Export occupancy…</source>
      <translation>Eksportér belægning…</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/view.py" line="84" />
      <source>Month</source>
      <translation>Måned</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/view.py" line="212" />
      <source>Move stay</source>
      <translation>Flyt ophold</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/placing.py" line="155" />
      <source>Move to another room</source>
      <translation>Flyt til andet værelse</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/view.py" line="252" />
      <source>Move to another room from a day…</source>
      <translation>Flyt til et andet værelse fra en dag…</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/view.py" line="350" />
      <source>No free rooms fit the waiting households.</source>
      <translation>Ingen ledige værelser passer til de ventende husstande.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/view.py" line="194" />
      <source>No household is waiting.</source>
      <translation>Ingen husstande venter.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/view.py" line="365" />
      <source>No suggestion for {household} ({persons}): no unit has free rooms for all of them within 60 days.</source>
      <translation>Intet forslag til {household} ({persons}): ingen bolig har ledige værelser til dem alle inden for 60 dage.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/view.py" line="361" />
      <source>No suggestion for {household}: {persons} without a bed must live in {unit} with the rest of the family, and no room there is free for them within 60 days.</source>
      <translation>Intet forslag til {household}: {persons} uden seng skal bo i {unit} sammen med resten af familien, og der er intet ledigt værelse til dem inden for 60 dage.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/view.py" line="403" />
      <source>Note: {text}</source>
      <translation>Bemærk: {text}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/view.py" line="412" />
      <source>Occupancy {period}</source>
      <translation>Belægning {period}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/view.py" line="253" />
      <source>Open the household</source>
      <translation>Åbn husstanden</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/view.py" line="84" />
      <source>Quarter</source>
      <translation>Kvartal</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/view.py" line="133" />
      <source>Suggest rooms</source>
      <translation>Foreslå værelser</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/view.py" line="88" />
      <source>Today</source>
      <translation>I dag</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/view.py" line="130" />
      <source>Waiting for a room</source>
      <translation>Venter på værelse</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/view.py" line="84" />
      <source>Week</source>
      <translation>Uge</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/view.py" line="104" />
      <source>Zoom:</source>
      <translation>Zoom:</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/view.py" line="181" />
      <source>arrived</source>
      <translation>ankommet</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/view.py" line="181" />
      <source>expected</source>
      <translation>forventet</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/view.py" line="196" />
      <source>{first} – {last}: {rooms}, {waiting}</source>
      <translation>{first} – {last}: {rooms}, {waiting}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/view.py" line="182" />
      <source>{name} — {n} pers.
{state} {date}</source>
      <translation>{name} — {n} pers.
{state} {date}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/view.py" line="421" />
      <source>{stays} stay exported to {path}</source>
      <translation>{stays} ophold eksporteret til {path}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/view.py" line="422" />
      <source>{stays} stays exported to {path}</source>
      <translation>{stays} ophold eksporteret til {path}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/view.py" line="429" />
      <source>{stays} stays with {person_days} person-days written to {path}.</source>
      <translation>{stays} ophold med {person_days} persondage er gemt i {path}.</translation>
    </message>
  </context>
  <context>
    <name>HousingWords</name>
    <message>
      <location filename="../../integration_desk/ui/housing/words.py" line="48" />
      <source>, all from {date}</source>
      <translation>, alle fra {date}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/words.py" line="13" />
      <source>1 bed</source>
      <translation>1 seng</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/words.py" line="29" />
      <source>1 free bed</source>
      <translation>1 ledig seng</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/words.py" line="21" />
      <source>1 household waiting</source>
      <translation>1 husstand venter</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/words.py" line="37" />
      <source>1 person</source>
      <translation>1 person</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/words.py" line="25" />
      <source>1 person waiting</source>
      <translation>1 person venter</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/words.py" line="17" />
      <source>1 room</source>
      <translation>1 værelse</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/words.py" line="51" />
      <source>room from {date}</source>
      <translation>værelse fra {date}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/words.py" line="13" />
      <source>{n} beds</source>
      <translation>{n} senge</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/words.py" line="29" />
      <source>{n} free beds</source>
      <translation>{n} ledige senge</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/words.py" line="21" />
      <source>{n} households waiting</source>
      <translation>{n} husstande venter</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/words.py" line="37" />
      <source>{n} persons</source>
      <translation>{n} personer</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/words.py" line="25" />
      <source>{n} persons waiting</source>
      <translation>{n} personer venter</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/words.py" line="17" />
      <source>{n} rooms</source>
      <translation>{n} værelser</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/words.py" line="46" />
      <source>{with_bed} of {size} have a bed</source>
      <translation>{with_bed} af {size} har seng</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/words.py" line="33" />
      <source>… and 1 more day</source>
      <translation>… og 1 dag mere</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/words.py" line="33" />
      <source>… and {n} more days</source>
      <translation>… og {n} dage mere</translation>
    </message>
  </context>
  <context>
    <name>ImportDialog</name>
    <message>
      <location filename="../../integration_desk/ui/arrivals/import_dialog.py" line="62" />
      <source>Check only</source>
      <translation>Kontrollér kun</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/import_dialog.py" line="87" />
      <source>Checking and importing …</source>
      <translation>Kontrollerer og importerer …</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/import_dialog.py" line="67" />
      <source>Close</source>
      <translation>Luk</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/import_dialog.py" line="50" />
      <source>Every row is checked first. When any row has an error nothing is imported; warnings do not stop the import.</source>
      <translation>Alle rækker kontrolleres først. Har blot én række en fejl, importeres intet; advarsler stopper ikke importen.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/import_dialog.py" line="47" />
      <source>File: {name}</source>
      <translation>Fil: {name}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/import_dialog.py" line="64" />
      <source>Import</source>
      <translation>Importér</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/import_dialog.py" line="45" />
      <source>Import arrivals</source>
      <translation>Importér ankomster</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/import_dialog.py" line="137" />
      <source>No warnings.</source>
      <translation>Ingen advarsler.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/import_dialog.py" line="133" />
      <source>Warning: {text}</source>
      <translation>Advarsel: {text}</translation>
    </message>
  </context>
  <context>
    <name>Launch</name>
    <message>
      <location filename="../../integration_desk/ui/launch.py" line="172" />
      <source>Create a new, empty database? If the name is mistyped, choose Exit and correct it.</source>
      <translation>Opret en ny, tom database? Er navnet skrevet forkert, så vælg Afslut og ret det.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/launch.py" line="174" />
      <source>Create the database</source>
      <translation>Opret databasen</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/launch.py" line="175" />
      <source>Exit</source>
      <translation>Afslut</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/launch.py" line="168" />
      <source>Integration Desk</source>
      <translation>Integration Desk</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/launch.py" line="65" />
      <source>Integration Desk cannot start</source>
      <translation>Integration Desk kan ikke starte</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/launch.py" line="169" />
      <source>The database does not exist: {path}</source>
      <translation>Databasen findes ikke: {path}</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../integration_desk/ui/main_window.py" line="257" />
      <source>&amp;About Integration Desk</source>
      <translation>&amp;Om Integration Desk</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/main_window.py" line="223" />
      <source>&amp;Administration</source>
      <translation>&amp;Administration</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/main_window.py" line="228" />
      <source>&amp;Audit log …</source>
      <translation>&amp;Logning …</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/main_window.py" line="231" />
      <source>&amp;Closed cases to anonymise …</source>
      <translation>&amp;Afsluttede sager til anonymisering …</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/main_window.py" line="218" />
      <source>&amp;File</source>
      <translation>&amp;Filer</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/main_window.py" line="256" />
      <source>&amp;Help</source>
      <translation>&amp;Hjælp</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/main_window.py" line="239" />
      <source>&amp;Quit</source>
      <translation>&amp;Afslut</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/main_window.py" line="251" />
      <source>&amp;Refresh</source>
      <translation>&amp;Opdater</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/main_window.py" line="234" />
      <source>&amp;Rule sets …</source>
      <translation>&amp;Regelsæt …</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/main_window.py" line="219" />
      <source>&amp;Settings …</source>
      <translation>&amp;Indstillinger …</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/main_window.py" line="224" />
      <source>&amp;Users …</source>
      <translation>&amp;Brugere …</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/main_window.py" line="243" />
      <source>&amp;View</source>
      <translation>&amp;Vis</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/main_window.py" line="305" />
      <source>About Integration Desk</source>
      <translation>Om Integration Desk</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/main_window.py" line="41" />
      <source>Calendar</source>
      <translation>Kalender</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/main_window.py" line="44" />
      <source>Contracts</source>
      <translation>Kontrakter</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/main_window.py" line="85" />
      <source>Ctrl+{n}</source>
      <translation>Ctrl+{n}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/main_window.py" line="131" />
      <source>Database: {db}</source>
      <translation>Database: {db}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/main_window.py" line="45" />
      <source>Hours</source>
      <translation>Timer</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/main_window.py" line="42" />
      <source>Housing</source>
      <translation>Boliger</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/main_window.py" line="65" />
      <source>Integration Desk</source>
      <translation>Integration Desk</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/main_window.py" line="306" />
      <source>Integration Desk {version}
Arrivals, housing, contracts and programme hours.</source>
      <translation>Integration Desk {version}
Ankomster, boliger, kontrakter og programtimer.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/main_window.py" line="79" />
      <source>Opening the database …</source>
      <translation>Åbner databasen …</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/main_window.py" line="40" />
      <source>Overview</source>
      <translation>Overblik</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/main_window.py" line="46" />
      <source>Reports</source>
      <translation>Rapporter</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/main_window.py" line="43" />
      <source>Residents</source>
      <translation>Borgere</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/main_window.py" line="100" />
      <source>The connection to the database is lost – your changes are not saved; trying again …</source>
      <translation>Forbindelsen til databasen er afbrudt – dine ændringer er ikke gemt; prøver igen …</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/main_window.py" line="132" />
      <source>User: {name} ({role})</source>
      <translation>Bruger: {name} ({role})</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/main_window.py" line="130" />
      <source>not registered as a user</source>
      <translation>ikke oprettet som bruger</translation>
    </message>
  </context>
  <context>
    <name>NoticeDialog</name>
    <message>
      <location filename="../../integration_desk/ui/arrivals/notice_dialog.py" line="91" />
      <source>(none)</source>
      <translation>(ingen)</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/notice_dialog.py" line="325" />
      <source>(removed)</source>
      <translation>(fjernet)</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/members.py" line="223" />
      <source>Add person</source>
      <translation>Tilføj person</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/notice_dialog.py" line="146" />
      <source>Arrival</source>
      <translation>Ankomst</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/notice_dialog.py" line="77" />
      <source>Arrival notice</source>
      <translation>Ankomstmeddelelse</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/notice_dialog.py" line="229" />
      <source>Arrival notice {reference}</source>
      <translation>Ankomstmeddelelse {reference}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/notice_dialog.py" line="151" />
      <source>Arrived on</source>
      <translation>Ankommet den</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/notice_dialog.py" line="283" />
      <source>Arrived {date}.</source>
      <translation>Ankommet {date}.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/members.py" line="43" />
      <source>Arrives as</source>
      <translation>Kommer som</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/notice_dialog.py" line="110" />
      <source>Asylum centre</source>
      <translation>Asylcenter</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/members.py" line="105" />
      <source>Birth date</source>
      <translation>Fødselsdato</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/members.py" line="36" />
      <source>Born</source>
      <translation>Født</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/members.py" line="41" />
      <source>CPR</source>
      <translation>CPR</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/members.py" line="116" />
      <source>CPR number</source>
      <translation>CPR-nummer</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/notice_dialog.py" line="112" />
      <source>Caseworker</source>
      <translation>Sagsbehandler</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/members.py" line="74" />
      <source>Chosen person</source>
      <translation>Valgt person</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/notice_dialog.py" line="176" />
      <source>Close</source>
      <translation>Luk</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/members.py" line="94" />
      <source>DDMMYY-SSSS, when assigned</source>
      <translation>DDMMÅÅ-SSSS, når det er tildelt</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/notice_dialog.py" line="132" />
      <source>Date</source>
      <translation>Dato</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/notice_dialog.py" line="103" />
      <source>Expected arrival</source>
      <translation>Forventet ankomst</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/members.py" line="35" />
      <source>Family name</source>
      <translation>Efternavn</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/members.py" line="34" />
      <source>Given name</source>
      <translation>Fornavn</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/notice_dialog.py" line="314" />
      <source>Household member {name}</source>
      <translation>Husstandsmedlem {name}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/members.py" line="215" />
      <source>Household members</source>
      <translation>Husstandens medlemmer</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/notice_dialog.py" line="111" />
      <source>Household name</source>
      <translation>Husstandens navn</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/notice_dialog.py" line="137" />
      <source>Interpreter</source>
      <translation>Tolk</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/notice_dialog.py" line="125" />
      <source>Interpreter needed</source>
      <translation>Tolk nødvendig</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/notice_dialog.py" line="307" />
      <source>Interpreter's language</source>
      <translation>Tolkens sprog</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/members.py" line="40" />
      <source>Language</source>
      <translation>Sprog</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/members.py" line="104" />
      <source>Name (own script)</source>
      <translation>Navn (egen skrift)</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/members.py" line="39" />
      <source>Nationality</source>
      <translation>Nationalitet</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/notice_dialog.py" line="322" />
      <source>No</source>
      <translation>Nej</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/notice_dialog.py" line="287" />
      <source>Not arrived yet.</source>
      <translation>Endnu ikke ankommet.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/notice_dialog.py" line="113" />
      <source>Notes</source>
      <translation>Noter</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/notice_dialog.py" line="98" />
      <source>Notice from the immigration service</source>
      <translation>Meddelelse fra Udlændingestyrelsen</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/notice_dialog.py" line="102" />
      <source>Placement decision</source>
      <translation>Visitationsafgørelse</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/notice_dialog.py" line="101" />
      <source>Received</source>
      <translation>Modtaget</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/notice_dialog.py" line="100" />
      <source>Reference</source>
      <translation>Reference</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/notice_dialog.py" line="143" />
      <source>Register arrival</source>
      <translation>Registrér ankomst</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/members.py" line="38" />
      <source>Relation</source>
      <translation>Relation</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/members.py" line="224" />
      <source>Remove person</source>
      <translation>Fjern person</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/notice_dialog.py" line="173" />
      <source>Save</source>
      <translation>Gem</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/notice_dialog.py" line="367" />
      <source>Saved.</source>
      <translation>Gemt.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/members.py" line="37" />
      <source>Sex</source>
      <translation>Køn</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/notice_dialog.py" line="108" />
      <source>Takeover</source>
      <translation>Overtagelse</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/notice_dialog.py" line="299" />
      <source>Takeover by agreement</source>
      <translation>Overtagelse efter aftale</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/notice_dialog.py" line="384" />
      <source>The arrival is registered; {n} deadline was created.</source>
      <translation>Ankomsten er registreret; {n} frist er oprettet.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/notice_dialog.py" line="385" />
      <source>The arrival is registered; {n} deadlines were created.</source>
      <translation>Ankomsten er registreret; {n} frister er oprettet.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/notice_dialog.py" line="285" />
      <source>The notice is saved first when you register the arrival.</source>
      <translation>Meddelelsen gemmes først, når du registrerer ankomsten.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/members.py" line="42" />
      <source>Udl.-nr.</source>
      <translation>Udl.-nr.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/notice_dialog.py" line="304" />
      <source>Visit date</source>
      <translation>Besøgsdato</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/notice_dialog.py" line="308" />
      <source>Visit notes</source>
      <translation>Noter om besøget</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/notice_dialog.py" line="129" />
      <source>Visit to the asylum centre before arrival</source>
      <translation>Besøg på asylcenteret før ankomst</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/notice_dialog.py" line="133" />
      <source>Who goes</source>
      <translation>Hvem tager med</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/notice_dialog.py" line="322" />
      <source>Yes</source>
      <translation>Ja</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/notice_dialog.py" line="86" />
      <source>earlier by agreement:</source>
      <translation>tidligere efter aftale:</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/notice_dialog.py" line="89" />
      <source>filled in from the members when left empty</source>
      <translation>udfyldes ud fra medlemmerne, hvis feltet er tomt</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/members.py" line="82" />
      <source>known</source>
      <translation>kendt</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/notice_dialog.py" line="127" />
      <source>language</source>
      <translation>sprog</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/notice_dialog.py" line="122" />
      <source>planned:</source>
      <translation>planlagt:</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/members.py" line="80" />
      <source>the name in its own script, if known</source>
      <translation>navnet med egen skrift, hvis det kendes</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/notice_dialog.py" line="124" />
      <source>who goes</source>
      <translation>hvem tager med</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/notice_dialog.py" line="264" />
      <source>{date} (the first day of the second month after the decision)</source>
      <translation>{date} (den første dag i anden måned efter afgørelsen)</translation>
    </message>
  </context>
  <context>
    <name>Operations</name>
    <message>
      <location filename="../../integration_desk/ui/ops.py" line="247" />
      <source>Cancel</source>
      <translation>Annullér</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/ops.py" line="316" />
      <source>Cancelled; nothing was changed.</source>
      <translation>Annulleret; intet er ændret.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/ops.py" line="257" />
      <source>Cancelling …</source>
      <translation>Annullerer …</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/ops.py" line="249" />
      <source>Integration Desk</source>
      <translation>Integration Desk</translation>
    </message>
  </context>
  <context>
    <name>OverviewView</name>
    <message>
      <location filename="../../integration_desk/ui/overview/panels.py" line="239" />
      <source>Announced</source>
      <translation>Varslet</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/overview/panels.py" line="141" />
      <source>Arrivals in the next 30 days</source>
      <translation>Ankomster de næste 30 dage</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/overview/panels.py" line="238" />
      <source>Arrived</source>
      <translation>Ankommet</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/overview/panels.py" line="330" />
      <source>Below 37 hours</source>
      <translation>Under 37 timer</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/overview/panels.py" line="329" />
      <source>Deadlines overdue, whole team</source>
      <translation>Overskredne frister, hele teamet</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/overview/panels.py" line="119" />
      <source>Deadlines today and this week</source>
      <translation>Frister i dag og i denne uge</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/overview/panels.py" line="222" />
      <source>Family-reunified persons are not counted.</source>
      <translation>Familiesammenførte tælles ikke med.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/overview/panels.py" line="332" />
      <source>Funding events this month</source>
      <translation>Tilskudshændelser denne måned</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/overview/panels.py" line="163" />
      <source>NO ROOM YET</source>
      <translation>INTET VÆRELSE ENDNU</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/overview/panels.py" line="174" />
      <source>No arrivals announced.</source>
      <translation>Ingen varslede ankomster.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/overview/panels.py" line="132" />
      <source>No deadlines this week.</source>
      <translation>Ingen frister i denne uge.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/overview/panels.py" line="206" />
      <source>No quota period covers today.</source>
      <translation>Ingen kvoteperiode dækker i dag.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/overview/panels.py" line="112" />
      <source>Nothing overdue.</source>
      <translation>Intet er overskredet.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/overview/panels.py" line="327" />
      <source>Occupancy today</source>
      <translation>Belægning i dag</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/overview/panels.py" line="247" />
      <source>Over the quota</source>
      <translation>Over kvoten</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/overview/panels.py" line="103" />
      <source>Overdue deadlines</source>
      <translation>Overskredne frister</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/overview/view.py" line="145" />
      <source>Overview — {date}, week {week}</source>
      <translation>Overblik — {date}, uge {week}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/overview/panels.py" line="181" />
      <source>Quota</source>
      <translation>Kvote</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/overview/panels.py" line="240" />
      <source>Remaining</source>
      <translation>Tilbage</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/overview/panels.py" line="301" />
      <source>Team lead: the position today</source>
      <translation>Teamleder: status i dag</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/overview/panels.py" line="261" />
      <source>Temporary housing today</source>
      <translation>Midlertidige boliger i dag</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/overview/panels.py" line="77" />
      <source>Today</source>
      <translation>I dag</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/overview/panels.py" line="319" />
      <source>no quota period today</source>
      <translation>ingen kvoteperiode i dag</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/overview/panels.py" line="163" />
      <source>room planned</source>
      <translation>værelse planlagt</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/overview/panels.py" line="330" />
      <source>{below} of {persons} persons</source>
      <translation>{below} af {persons} borgere</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/overview/panels.py" line="332" />
      <source>{events}, expected {amount} kr.</source>
      <translation>{events}, forventet {amount} kr.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/overview/panels.py" line="166" />
      <source>{n} pers.</source>
      <translation>{n} pers.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/overview/panels.py" line="284" />
      <source>{persons} without a bed today.</source>
      <translation>{persons} uden seng i dag.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/overview/panels.py" line="277" />
      <source>{rooms} with {beds}; {persons} with a bed, {free} in empty rooms.</source>
      <translation>{rooms} med {beds}; {persons} med seng, {free} i tomme værelser.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/overview/panels.py" line="216" />
      <source>{start} – {end}: {position}.</source>
      <translation>{start} – {end}: {position}.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/overview/panels.py" line="327" />
      <source>{used} of {beds} beds ({percent})</source>
      <translation>{used} af {beds} senge ({percent})</translation>
    </message>
  </context>
  <context>
    <name>PeopleView</name>
    <message>
      <location filename="../../integration_desk/ui/people/view.py" line="39" />
      <source>Caseworker</source>
      <translation>Sagsbehandler</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/view.py" line="42" />
      <source>Deadline</source>
      <translation>Frist</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/view.py" line="36" />
      <source>Household</source>
      <translation>Husstand</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/view.py" line="34" />
      <source>Name</source>
      <translation>Navn</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/view.py" line="35" />
      <source>Name (own script)</source>
      <translation>Navn (egen skrift)</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/view.py" line="37" />
      <source>Nationality</source>
      <translation>Nationalitet</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/view.py" line="41" />
      <source>Next deadline</source>
      <translation>Næste frist</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/view.py" line="52" />
      <source>Search name, household, udl.-nr. or CPR …</source>
      <translation>Søg navn, husstand, udl.-nr. eller CPR …</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/view.py" line="74" />
      <source>Search:</source>
      <translation>Søg:</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/view.py" line="38" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/view.py" line="40" />
      <source>Takeover</source>
      <translation>Overtagelse</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/view.py" line="111" />
      <source>{n} person</source>
      <translation>{n} person</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/view.py" line="111" />
      <source>{n} persons</source>
      <translation>{n} personer</translation>
    </message>
  </context>
  <context>
    <name>PersonDetail</name>
    <message>
      <location filename="../../integration_desk/ui/people/detail.py" line="185" />
      <source>(lives alone)</source>
      <translation>(bor alene)</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/detail.py" line="360" />
      <source>A closed case is kept for the team's retention period and then offered to the team lead for anonymisation.</source>
      <translation>En afsluttet sag opbevares i teamets opbevaringsperiode og foreslås derefter teamlederen til anonymisering.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/detail.py" line="86" />
      <source>Arrived as</source>
      <translation>Ankommet som</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/detail.py" line="205" />
      <source>Being edited right now by {names}</source>
      <translation>Redigeres lige nu af {names}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/detail.py" line="79" />
      <source>Birth date</source>
      <translation>Fødselsdato</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/detail.py" line="83" />
      <source>CPR number</source>
      <translation>CPR-nummer</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/detail.py" line="134" />
      <source>Case</source>
      <translation>Sag</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/detail.py" line="87" />
      <source>Caseworker</source>
      <translation>Sagsbehandler</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/detail.py" line="51" />
      <source>Choose a person in the list.</source>
      <translation>Vælg en borger på listen.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/detail.py" line="356" />
      <source>Close the case</source>
      <translation>Afslut sagen</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/detail.py" line="137" />
      <source>Close the case …</source>
      <translation>Afslut sagen …</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/detail.py" line="368" />
      <source>Closed on</source>
      <translation>Afsluttet den</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/detail.py" line="299" />
      <source>Closed on {date}</source>
      <translation>Afsluttet {date}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/detail.py" line="111" />
      <source>Deadlines</source>
      <translation>Frister</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/detail.py" line="123" />
      <source>Done on</source>
      <translation>Udført den</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/detail.py" line="89" />
      <source>Household</source>
      <translation>Husstand</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/detail.py" line="99" />
      <source>Household members</source>
      <translation>Husstandens medlemmer</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/detail.py" line="70" />
      <source>Integration contract…</source>
      <translation>Integrationskontrakt …</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/detail.py" line="82" />
      <source>Languages</source>
      <translation>Sprog</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/detail.py" line="116" />
      <source>Mark done</source>
      <translation>Markér som udført</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/detail.py" line="81" />
      <source>Nationality</source>
      <translation>Nationalitet</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/detail.py" line="235" />
      <source>No deadlines (not arrived yet, or under 18).</source>
      <translation>Ingen frister (endnu ikke ankommet eller under 18 år).</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/detail.py" line="301" />
      <source>Open</source>
      <translation>Åben</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/detail.py" line="106" />
      <source>Open the arrival notice</source>
      <translation>Åbn ankomstmeddelelsen</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/detail.py" line="76" />
      <source>Person</source>
      <translation>Borger</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/detail.py" line="250" />
      <source>Record programme end …</source>
      <translation>Registrér programslut …</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/detail.py" line="90" />
      <source>Relation</source>
      <translation>Relation</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/detail.py" line="118" />
      <source>Reopen</source>
      <translation>Genåbn</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/detail.py" line="139" />
      <source>Reopen the case</source>
      <translation>Genåbn sagen</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/detail.py" line="324" />
      <source>Reopen this person's case?</source>
      <translation>Vil du genåbne borgerens sag?</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/detail.py" line="80" />
      <source>Sex</source>
      <translation>Køn</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/detail.py" line="85" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/detail.py" line="88" />
      <source>Takeover date</source>
      <translation>Overtagelsesdato</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/detail.py" line="84" />
      <source>Udl.-nr.</source>
      <translation>Udl.-nr.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/detail.py" line="219" />
      <source>done {date} by {user}</source>
      <translation>udført {date} af {user}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/detail.py" line="173" />
      <source>not assigned yet</source>
      <translation>endnu ikke tildelt</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/detail.py" line="227" />
      <source>open</source>
      <translation>åben</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/detail.py" line="225" />
      <source>overdue</source>
      <translation>overskredet</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/detail.py" line="167" />
      <source>{age} years</source>
      <translation>{age} år</translation>
    </message>
  </context>
  <context>
    <name>PersonFunding</name>
    <message>
      <location filename="../../integration_desk/ui/people/funding.py" line="111" />
      <source>(expected, if the job goes on)</source>
      <translation>(forventet, hvis jobbet fortsætter)</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/funding.py" line="92" />
      <source>Base grant: counted from the takeover date, which is not set yet.</source>
      <translation>Grundtilskud: tælles fra overtagelsesdatoen, som ikke er sat endnu.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/funding.py" line="95" />
      <source>Base grant: month {n} of {total} since the takeover on {date}; {amount} kr. so far.</source>
      <translation>Grundtilskud: måned {n} af {total} siden overtagelsen {date}; {amount} kr. indtil nu.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/funding.py" line="212" />
      <source>Danish test passed</source>
      <translation>Danskprøve bestået</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/funding.py" line="59" />
      <source>Danish test passed…</source>
      <translation>Danskprøve bestået…</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/funding.py" line="65" />
      <source>Delete</source>
      <translation>Slet</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/funding.py" line="162" />
      <source>Delete the chosen entry? Use this only for a mistake.</source>
      <translation>Slet den valgte registrering? Brug kun dette ved en fejl.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/funding.py" line="230" />
      <source>Education started</source>
      <translation>Uddannelse påbegyndt</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/funding.py" line="63" />
      <source>Education started…</source>
      <translation>Uddannelse påbegyndt…</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/funding.py" line="217" />
      <source>Employer</source>
      <translation>Arbejdsgiver</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/funding.py" line="210" />
      <source>Ended</source>
      <translation>Sluttet</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/funding.py" line="218" />
      <source>Hours per week</source>
      <translation>Timer pr. uge</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/funding.py" line="231" />
      <source>Institution</source>
      <translation>Uddannelsessted</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/funding.py" line="216" />
      <source>Job started</source>
      <translation>Job påbegyndt</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/funding.py" line="61" />
      <source>Job started…</source>
      <translation>Job påbegyndt…</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/funding.py" line="120" />
      <source>Job: {employer}, {hours} h/week, {start} – {end}</source>
      <translation>Job: {employer}, {hours} t/uge, {start} – {end}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/funding.py" line="220" />
      <source>Last working day</source>
      <translation>Sidste arbejdsdag</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/funding.py" line="128" />
      <source>No events recorded.</source>
      <translation>Ingen hændelser registreret.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/funding.py" line="214" />
      <source>Passed on</source>
      <translation>Bestået den</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/funding.py" line="219" />
      <source>Started on</source>
      <translation>Begyndt den</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/funding.py" line="49" />
      <source>State funding events</source>
      <translation>Statslige tilskudshændelser</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/funding.py" line="213" />
      <source>Test</source>
      <translation>Prøve</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/funding.py" line="222" />
      <source>The job grant is earned after 6 continuous months at an average of at least 20 hours a week.</source>
      <translation>Jobtilskuddet opnås efter 6 sammenhængende måneder med gennemsnitligt mindst 20 timer om ugen.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/funding.py" line="117" />
      <source>still working</source>
      <translation>arbejder stadig</translation>
    </message>
  </context>
  <context>
    <name>PresenceBanner</name>
    <message>
      <location filename="../../integration_desk/ui/widgets/presence_banner.py" line="62" />
      <source>Also being edited by {editors}</source>
      <translation>Redigeres også af {editors}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/widgets/presence_banner.py" line="59" />
      <source>{name} since {time}</source>
      <translation>{name} siden {time}</translation>
    </message>
  </context>
  <context>
    <name>ProgrammeEndDialog</name>
    <message>
      <location filename="../../integration_desk/ui/people/programme_end.py" line="44" />
      <source>Ends on</source>
      <translation>Slutter den</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/programme_end.py" line="21" />
      <source>The programme ends</source>
      <translation>Programmet slutter</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/programme_end.py" line="27" />
      <source>The programme must be extended while the person has neither an ordinary job or education nor a passed Danish test. To extend it, make a new contract version with a later programme end and sign it; the reminder then moves to the new end. Record a reason here only when the programme ends.</source>
      <translation>Programmet skal forlænges, så længe borgeren hverken har ordinært job eller uddannelse eller har bestået en danskprøve. Forlæng det ved at lave en ny kontraktversion med en senere programslut og få den underskrevet; påmindelsen flytter så til den nye slutdato. Registrér kun en grund her, når programmet slutter.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/programme_end.py" line="43" />
      <source>Why it ends</source>
      <translation>Hvorfor det slutter</translation>
    </message>
  </context>
  <context>
    <name>QAbstractFileIconProvider</name>
    <message>
      <location filename="../../integration_desk/ui/i18n.py" line="31" />
      <source>Drive</source>
      <translation>Drev</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/i18n.py" line="30" />
      <source>Folder</source>
      <translation>Mappe</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <location filename="../../integration_desk/ui/i18n.py" line="27" />
      <source>&amp;Look in:</source>
      <translation>&amp;Kig i:</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/i18n.py" line="28" />
      <source>Files of &amp;type:</source>
      <translation>Filer af &amp;typen:</translation>
    </message>
  </context>
  <context>
    <name>QFileSystemModel</name>
    <message>
      <location filename="../../integration_desk/ui/i18n.py" line="29" />
      <source>Computer</source>
      <translation>Denne computer</translation>
    </message>
  </context>
  <context>
    <name>QPageSetupWidget</name>
    <message>
      <location filename="../../integration_desk/ui/i18n.py" line="32" />
      <source>Page &amp;order:</source>
      <translation>Side&amp;rækkefølge:</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/i18n.py" line="33" />
      <source>Pages &amp;per sheet:</source>
      <translation>Sider &amp;pr. ark:</translation>
    </message>
  </context>
  <context>
    <name>QPrintSettingsOutput</name>
    <message>
      <location filename="../../integration_desk/ui/i18n.py" line="34" />
      <source>Double Sided Printing</source>
      <translation>Dobbeltsidet udskrivning</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/i18n.py" line="36" />
      <source>Long side binding</source>
      <translation>Indbinding på den lange kant</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/i18n.py" line="35" />
      <source>Off</source>
      <translation>Fra</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/i18n.py" line="38" />
      <source>Page &amp;Set:</source>
      <translation>Side&amp;sæt:</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/i18n.py" line="37" />
      <source>Short side binding</source>
      <translation>Indbinding på den korte kant</translation>
    </message>
  </context>
  <context>
    <name>QuotaDialog</name>
    <message>
      <location filename="../../integration_desk/ui/arrivals/quota_dialog.py" line="66" />
      <source>Close</source>
      <translation>Luk</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/quota_dialog.py" line="58" />
      <source>From</source>
      <translation>Fra</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/quota_dialog.py" line="62" />
      <source>New period</source>
      <translation>Ny periode</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/quota_dialog.py" line="61" />
      <source>Notes</source>
      <translation>Noter</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/quota_dialog.py" line="60" />
      <source>Persons</source>
      <translation>Personer</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/quota_dialog.py" line="37" />
      <source>Quota periods</source>
      <translation>Kvoteperioder</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/quota_dialog.py" line="64" />
      <source>Save</source>
      <translation>Gem</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/arrivals/quota_dialog.py" line="59" />
      <source>To</source>
      <translation>Til</translation>
    </message>
  </context>
  <context>
    <name>ReportsView</name>
    <message>
      <location filename="../../integration_desk/ui/reports/view.py" line="187" />
      <source>All</source>
      <translation>Alle</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/reports/view.py" line="140" />
      <source>Caseworker</source>
      <translation>Sagsbehandler</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/reports/view.py" line="89" />
      <source>Dates</source>
      <translation>Datoer</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/reports/view.py" line="125" />
      <source>Excel…</source>
      <translation>Excel…</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/reports/view.py" line="284" />
      <source>Export the report</source>
      <translation>Eksportér rapporten</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/reports/view.py" line="291" />
      <source>Exporting the report …</source>
      <translation>Eksporterer rapporten …</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/reports/view.py" line="90" />
      <source>ISO weeks</source>
      <translation>Ugenumre</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/reports/view.py" line="142" />
      <source>Nationality</source>
      <translation>Nationalitet</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/reports/view.py" line="127" />
      <source>PDF…</source>
      <translation>PDF…</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/reports/view.py" line="131" />
      <source>Period</source>
      <translation>Periode</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/reports/view.py" line="138" />
      <source>Site</source>
      <translation>Boligsted</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/reports/view.py" line="293" />
      <source>The report “{title}” was saved: {path}</source>
      <translation>Rapporten »{title}« er gemt: {path}</translation>
    </message>
  </context>
  <context>
    <name>RetentionDialog</name>
    <message>
      <location filename="../../integration_desk/ui/admin/retention_dialog.py" line="62" />
      <source> years</source>
      <translation> år</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/admin/retention_dialog.py" line="67" />
      <source>Anonymise</source>
      <translation>Anonymisér</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/admin/retention_dialog.py" line="71" />
      <source>Anonymising removes names, CPR numbers, health notes and free-text notes for good. Nationality, birth year, dates, hours and funding events stay for the statistics.</source>
      <translation>Anonymisering fjerner navne, CPR-numre, helbredsnotater og fritekstnoter for altid. Nationalitet, fødselsår, datoer, timer og tilskudshændelser bevares til statistikken.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/admin/retention_dialog.py" line="88" />
      <source>Close</source>
      <translation>Luk</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/admin/retention_dialog.py" line="44" />
      <source>Closed cases past the retention period</source>
      <translation>Afsluttede sager ud over opbevaringsperioden</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/admin/retention_dialog.py" line="51" />
      <source>Closed on</source>
      <translation>Afsluttet</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/admin/retention_dialog.py" line="49" />
      <source>Household</source>
      <translation>Husstand</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/admin/retention_dialog.py" line="80" />
      <source>Keep closed cases for</source>
      <translation>Opbevar afsluttede sager i</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/admin/retention_dialog.py" line="48" />
      <source>Name</source>
      <translation>Navn</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/admin/retention_dialog.py" line="50" />
      <source>Nationality</source>
      <translation>Nationalitet</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/admin/retention_dialog.py" line="134" />
      <source>Remove the personal data of {count} person for good? This cannot be undone.</source>
      <translation>Fjern personoplysningerne om {count} person for altid? Det kan ikke fortrydes.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/admin/retention_dialog.py" line="135" />
      <source>Remove the personal data of {count} persons for good? This cannot be undone.</source>
      <translation>Fjern personoplysningerne om {count} personer for altid? Det kan ikke fortrydes.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/admin/retention_dialog.py" line="64" />
      <source>Save the period</source>
      <translation>Gem perioden</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/admin/retention_dialog.py" line="103" />
      <source>{count} case to anonymise</source>
      <translation>{count} sag til anonymisering</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/admin/retention_dialog.py" line="145" />
      <source>{count} cases anonymised.</source>
      <translation>{count} sager anonymiseret.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/admin/retention_dialog.py" line="103" />
      <source>{count} cases to anonymise</source>
      <translation>{count} sager til anonymisering</translation>
    </message>
  </context>
  <context>
    <name>RuleSetsDialog</name>
    <message>
      <location filename="../../integration_desk/ui/admin/rule_sets_dialog.py" line="66" />
      <source>0: no health assessment deadline in force.</source>
      <translation>0: ingen frist for helbredsvurdering.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/admin/rule_sets_dialog.py" line="246" />
      <source>A new rule set: change the figures and save it.</source>
      <translation>Et nyt regelsæt: ret tallene og gem det.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/admin/rule_sets_dialog.py" line="84" />
      <source>Base grant (kr. a month)</source>
      <translation>Grundtilskud (kr. pr. måned)</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/admin/rule_sets_dialog.py" line="85" />
      <source>Base grant for (months after takeover)</source>
      <translation>Grundtilskud i (måneder efter overtagelsen)</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/admin/rule_sets_dialog.py" line="91" />
      <source>Christmas Eve is a day off</source>
      <translation>Juleaftensdag er fridag</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/admin/rule_sets_dialog.py" line="159" />
      <source>Close</source>
      <translation>Luk</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/admin/rule_sets_dialog.py" line="90" />
      <source>Constitution Day (5 June) is a day off</source>
      <translation>Grundlovsdag (5. juni) er fridag</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/admin/rule_sets_dialog.py" line="60" />
      <source>Contract within (months of takeover)</source>
      <translation>Kontrakt senest (måneder efter overtagelsen)</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/admin/rule_sets_dialog.py" line="81" />
      <source>Danish classes a week, at most (hours)</source>
      <translation>Danskundervisning pr. uge, højst (timer)</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/admin/rule_sets_dialog.py" line="62" />
      <source>First offer within (days)</source>
      <translation>Første tilbud senest (dage)</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/admin/rule_sets_dialog.py" line="65" />
      <source>Health assessment within (months)</source>
      <translation>Helbredsvurdering senest (måneder)</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/admin/rule_sets_dialog.py" line="89" />
      <source>Housing refund (kr. a day)</source>
      <translation>Boligrefusion (kr. pr. dag)</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/admin/rule_sets_dialog.py" line="57" />
      <source>In force from</source>
      <translation>Gælder fra</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/admin/rule_sets_dialog.py" line="59" />
      <source>Least notice before arrival (days)</source>
      <translation>Mindste varsel før ankomst (dage)</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/admin/rule_sets_dialog.py" line="58" />
      <source>Name</source>
      <translation>Navn</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/admin/rule_sets_dialog.py" line="92" />
      <source>New Year's Eve is a day off</source>
      <translation>Nytårsaftensdag er fridag</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/admin/rule_sets_dialog.py" line="154" />
      <source>New rule set from this one</source>
      <translation>Nyt regelsæt ud fra dette</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/admin/rule_sets_dialog.py" line="80" />
      <source>Programme hours a week (average)</source>
      <translation>Programtimer pr. uge (gennemsnit)</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/admin/rule_sets_dialog.py" line="69" />
      <source>Programme length, longest (months)</source>
      <translation>Programmets længde, højst (måneder)</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/admin/rule_sets_dialog.py" line="68" />
      <source>Programme length, planned (months)</source>
      <translation>Programmets længde, planlagt (måneder)</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/admin/rule_sets_dialog.py" line="61" />
      <source>Referral to Danish classes within (months)</source>
      <translation>Henvisning til danskuddannelse senest (måneder)</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/admin/rule_sets_dialog.py" line="72" />
      <source>Reminder to extend or end the programme (weeks before its end)</source>
      <translation>Påmindelse om at forlænge eller afslutte programmet (uger før slut)</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/admin/rule_sets_dialog.py" line="88" />
      <source>Result grant, Danish test (kr.)</source>
      <translation>Resultattilskud, danskprøve (kr.)</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/admin/rule_sets_dialog.py" line="87" />
      <source>Result grant, education (kr.)</source>
      <translation>Resultattilskud, uddannelse (kr.)</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/admin/rule_sets_dialog.py" line="86" />
      <source>Result grant, ordinary job (kr.)</source>
      <translation>Resultattilskud, ordinært job (kr.)</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/admin/rule_sets_dialog.py" line="122" />
      <source>Rule sets</source>
      <translation>Regelsæt</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/admin/rule_sets_dialog.py" line="156" />
      <source>Save</source>
      <translation>Gem</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/admin/rule_sets_dialog.py" line="265" />
      <source>Saved.</source>
      <translation>Gemt.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/admin/rule_sets_dialog.py" line="83" />
      <source>Self-payment cap, couple (kr. a month)</source>
      <translation>Loft for egenbetaling, par (kr. pr. måned)</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/admin/rule_sets_dialog.py" line="82" />
      <source>Self-payment cap, single (kr. a month)</source>
      <translation>Loft for egenbetaling, enlig (kr. pr. måned)</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/admin/rule_sets_dialog.py" line="162" />
      <source>The figures of the law by the day they take effect. A deadline keeps the date it was given; changed figures apply to what is computed from now on.</source>
      <translation>Lovens tal efter den dag, de træder i kraft. En frist beholder den dato, den har fået; ændrede tal gælder for det, der beregnes fra nu af.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/admin/rule_sets_dialog.py" line="55" />
      <source>Unconfirmed placeholder: check it against the current rate notice (satsvejledning).</source>
      <translation>Ubekræftet pladsholder: tjek beløbet mod den gældende satsvejledning.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/admin/rule_sets_dialog.py" line="73" />
      <source>Unconfirmed, the team's own choice (the law gives no figure): how many weeks before the programme end of the signed contract the deadline “Programme expires — extend or end” falls. It applies to contracts signed from now on.</source>
      <translation>Ubekræftet og teamets eget valg (loven giver intet tal): hvor mange uger før programslut i den underskrevne kontrakt fristen »Programmet udløber — forlæng eller afslut« falder. Gælder for kontrakter, der underskrives fra nu af.</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../../integration_desk/ui/settings_dialog.py" line="41" />
      <source>A team sharing one database must use PostgreSQL (postgresql://user@server/database). Never put a SQLite file on a network drive: several PCs writing to it can corrupt it. Leave the field empty to use SQLite on this PC only.</source>
      <translation>Et team, der deler én database, skal bruge PostgreSQL (postgresql://bruger@server/database). Læg aldrig en SQLite-fil på et netværksdrev: flere pc'er, der skriver i den, kan ødelægge den. Lad feltet stå tomt for kun at bruge SQLite på denne pc.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/settings_dialog.py" line="56" />
      <source>Database address</source>
      <translation>Databaseadresse</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/settings_dialog.py" line="64" />
      <source>Database …</source>
      <translation>Database …</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/settings_dialog.py" line="50" />
      <source>In use now: {db}</source>
      <translation>I brug nu: {db}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/settings_dialog.py" line="57" />
      <source>Language</source>
      <translation>Sprog</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/settings_dialog.py" line="67" />
      <source>Municipality, letterhead and contract texts …</source>
      <translation>Kommune, brevhoved og kontrakttekster …</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/settings_dialog.py" line="72" />
      <source>Only an administrator or a team lead changes the team's settings.</source>
      <translation>Kun en administrator eller en teamleder ændrer teamets indstillinger.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/settings_dialog.py" line="114" />
      <source>Saved. The changes take effect when Integration Desk is started again.</source>
      <translation>Gemt. Ændringerne træder i kraft, når Integration Desk startes igen.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/settings_dialog.py" line="65" />
      <source>Set up this PC's database again, or point it at another one.</source>
      <translation>Sæt denne pc's database op igen, eller peg på en anden.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/settings_dialog.py" line="32" />
      <source>Settings</source>
      <translation>Indstillinger</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/settings_dialog.py" line="126" />
      <source>The new database is saved; it is used from the next start.</source>
      <translation>Den nye database er gemt; den bruges fra næste start.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/settings_dialog.py" line="76" />
      <source>Your IT department has set this PC's database; it cannot be changed here.</source>
      <translation>IT-afdelingen har fastlagt denne pc's database; den kan ikke ændres her.</translation>
    </message>
  </context>
  <context>
    <name>SetupWizard</name>
    <message>
      <location filename="../../integration_desk/ui/setup_wizard.py" line="470" />
      <source>&lt; Back</source>
      <translation>&lt; Tilbage</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/setup_wizard.py" line="120" />
      <source>A database file on this PC</source>
      <translation>En databasefil på denne pc</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/setup_wizard.py" line="97" />
      <source>A database file on this PC (SQLite): for one caseworker, or for trying the program.</source>
      <translation>En databasefil på denne pc (SQLite): til én sagsbehandler, eller til at prøve programmet.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/setup_wizard.py" line="140" />
      <source>A file on a network drive is refused: several PCs writing to one SQLite file can corrupt it. A team shares a PostgreSQL database instead.</source>
      <translation>En fil på et netværksdrev afvises: når flere pc'er skriver i samme SQLite-fil, kan den blive ødelagt. Et team deler i stedet en PostgreSQL-database.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/setup_wizard.py" line="314" />
      <source>Address</source>
      <translation>Adresse</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/setup_wizard.py" line="452" />
      <source>Administrator: {name} ({username})</source>
      <translation>Administrator: {name} ({username})</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/setup_wizard.py" line="472" />
      <source>Cancel</source>
      <translation>Annullér</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/setup_wizard.py" line="430" />
      <source>Check the choices below. Finish creates the database and saves the connection.</source>
      <translation>Kontrollér valgene herunder. Udfør opretter databasen og gemmer forbindelsen.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/setup_wizard.py" line="324" />
      <source>Choose logo</source>
      <translation>Vælg logo</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/setup_wizard.py" line="299" />
      <source>Choose logo …</source>
      <translation>Vælg logo …</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/setup_wizard.py" line="125" />
      <source>Choose …</source>
      <translation>Vælg …</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/setup_wizard.py" line="257" />
      <source>Connecting …</source>
      <translation>Forbinder …</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/setup_wizard.py" line="224" />
      <source>Database</source>
      <translation>Database</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/setup_wizard.py" line="158" />
      <source>Database file</source>
      <translation>Databasefil</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/setup_wizard.py" line="444" />
      <source>Database: {where}</source>
      <translation>Database: {where}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/setup_wizard.py" line="471" />
      <source>Finish</source>
      <translation>Udfør</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/setup_wizard.py" line="88" />
      <source>Integration Desk keeps everything in one database. Choose where it lives.</source>
      <translation>Integration Desk gemmer alt i én database. Vælg, hvor den skal ligge.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/setup_wizard.py" line="466" />
      <source>Integration Desk: set-up</source>
      <translation>Integration Desk: opsætning</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/setup_wizard.py" line="315" />
      <source>Logo (PNG or JPEG)</source>
      <translation>Logo (PNG eller JPEG)</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/setup_wizard.py" line="313" />
      <source>Municipality / jobcentre</source>
      <translation>Kommune/jobcenter</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/setup_wizard.py" line="448" />
      <source>Municipality: {name}</source>
      <translation>Kommune: {name}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/setup_wizard.py" line="388" />
      <source>Name shown</source>
      <translation>Vist navn</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/setup_wizard.py" line="469" />
      <source>Next &gt;</source>
      <translation>Næste &gt;</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/setup_wizard.py" line="301" />
      <source>No logo</source>
      <translation>Intet logo</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/setup_wizard.py" line="450" />
      <source>No logo on the contracts.</source>
      <translation>Intet logo på kontrakterne.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/setup_wizard.py" line="384" />
      <source>On PostgreSQL the administrator becomes a login on the server, with this password.</source>
      <translation>På PostgreSQL bliver administratoren et login på serveren med denne adgangskode.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/setup_wizard.py" line="90" />
      <source>On this PC only</source>
      <translation>Kun på denne pc</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/setup_wizard.py" line="389" />
      <source>Password</source>
      <translation>Adgangskode</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/setup_wizard.py" line="226" />
      <source>Password (set-up)</source>
      <translation>Adgangskode (opsætning)</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/setup_wizard.py" line="390" />
      <source>Password again</source>
      <translation>Adgangskode igen</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/setup_wizard.py" line="223" />
      <source>Port</source>
      <translation>Port</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/setup_wizard.py" line="429" />
      <source>Ready to set up</source>
      <translation>Klar til opsætning</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/setup_wizard.py" line="222" />
      <source>Server</source>
      <translation>Server</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/setup_wizard.py" line="104" />
      <source>Several PCs share one database on a server. IT sets up the PostgreSQL server; you need its address and a login that may create the database.</source>
      <translation>Flere pc'er deler én database på en server. IT sætter PostgreSQL-serveren op; du skal bruge dens adresse og et login, der må oprette databasen.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/setup_wizard.py" line="214" />
      <source>Test the connection</source>
      <translation>Test forbindelsen</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/setup_wizard.py" line="367" />
      <source>The administrator adds the other users and may change every setting.</source>
      <translation>Administratoren opretter de øvrige brugere og må ændre alle indstillinger.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/setup_wizard.py" line="457" />
      <source>The database is set up already: this PC will use it.</source>
      <translation>Databasen er allerede sat op: denne pc kommer til at bruge den.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/setup_wizard.py" line="121" />
      <source>The file is kept in your user's data folder unless you choose another place on this PC.</source>
      <translation>Filen ligger i din brugers datamappe, medmindre du vælger et andet sted på denne pc.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/setup_wizard.py" line="366" />
      <source>The first administrator</source>
      <translation>Den første administrator</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/setup_wizard.py" line="283" />
      <source>The municipality</source>
      <translation>Kommunen</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/setup_wizard.py" line="284" />
      <source>The name, address and logo head the printed contracts. You can change them later.</source>
      <translation>Navn, adresse og logo står øverst på de udskrevne kontrakter. Du kan ændre dem senere.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/setup_wizard.py" line="189" />
      <source>The team's database (PostgreSQL)</source>
      <translation>Teamets database (PostgreSQL)</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/setup_wizard.py" line="91" />
      <source>The team's shared database (PostgreSQL)</source>
      <translation>Teamets fælles database (PostgreSQL)</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/setup_wizard.py" line="190" />
      <source>The user name and password are used only to test the connection and set up the database; they are not saved. Everyone signs in with their own login later.</source>
      <translation>Brugernavn og adgangskode bruges kun til at teste forbindelsen og sætte databasen op; de gemmes ikke. Bagefter logger alle ind med deres eget login.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/setup_wizard.py" line="387" />
      <source>User name</source>
      <translation>Brugernavn</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/setup_wizard.py" line="225" />
      <source>User name (set-up)</source>
      <translation>Brugernavn (opsætning)</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/setup_wizard.py" line="87" />
      <source>Where should the database be?</source>
      <translation>Hvor skal databasen ligge?</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/setup_wizard.py" line="288" />
      <source>e.g. Jobcenter Roskilde</source>
      <translation>f.eks. Jobcenter Roskilde</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/setup_wizard.py" line="382" />
      <source>e.g. anne.berg</source>
      <translation>f.eks. anne.berg</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/setup_wizard.py" line="520" />
      <source>the file {path} on this PC</source>
      <translation>filen {path} på denne pc</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/setup_wizard.py" line="521" />
      <source>{database} on the PostgreSQL server {host}:{port}</source>
      <translation>{database} på PostgreSQL-serveren {host}:{port}</translation>
    </message>
  </context>
  <context>
    <name>SignInDialog</name>
    <message>
      <location filename="../../integration_desk/ui/signin_dialog.py" line="59" />
      <source>Cancel</source>
      <translation>Annuller</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/signin_dialog.py" line="39" />
      <source>Database: {db}</source>
      <translation>Database: {db}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/signin_dialog.py" line="53" />
      <source>Password</source>
      <translation>Adgangskode</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/signin_dialog.py" line="58" />
      <source>Sign in</source>
      <translation>Log ind</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/signin_dialog.py" line="35" />
      <source>Sign in to Integration Desk</source>
      <translation>Log ind i Integration Desk</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/signin_dialog.py" line="37" />
      <source>Sign in with your user name and password.</source>
      <translation>Log ind med dit brugernavn og din adgangskode.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/signin_dialog.py" line="52" />
      <source>User name</source>
      <translation>Brugernavn</translation>
    </message>
  </context>
  <context>
    <name>UsersDialog</name>
    <message>
      <location filename="../../integration_desk/ui/admin/users_dialog.py" line="46" />
      <source>Active</source>
      <translation>Aktiv</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/admin/users_dialog.py" line="99" />
      <source>Add user</source>
      <translation>Opret bruger</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/admin/users_dialog.py" line="111" />
      <source>Close</source>
      <translation>Luk</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/admin/users_dialog.py" line="71" />
      <source>Disable the chosen user</source>
      <translation>Deaktiver den valgte bruger</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/admin/users_dialog.py" line="154" />
      <source>Disable user</source>
      <translation>Deaktiver bruger</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/admin/users_dialog.py" line="43" />
      <source>Disabled</source>
      <translation>Deaktiveret</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/admin/users_dialog.py" line="74" />
      <source>Each user is a PostgreSQL login in the group role of their role; the database enforces the role.</source>
      <translation>Hver bruger er et PostgreSQL-login i sin rolles grupperolle; databasen håndhæver rollen.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/admin/users_dialog.py" line="45" />
      <source>Locked until {when}</source>
      <translation>Spærret til kl. {when}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/admin/users_dialog.py" line="104" />
      <source>Name</source>
      <translation>Navn</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/admin/users_dialog.py" line="101" />
      <source>New user</source>
      <translation>Ny bruger</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/admin/users_dialog.py" line="106" />
      <source>Password</source>
      <translation>Adgangskode</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/admin/users_dialog.py" line="107" />
      <source>Password again</source>
      <translation>Adgangskode igen</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/admin/users_dialog.py" line="105" />
      <source>Role</source>
      <translation>Rolle</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/admin/users_dialog.py" line="79" />
      <source>SQLite: the roles are kept by the program; whoever can open the file can read it.</source>
      <translation>SQLite: rollerne håndhæves af programmet; den, der kan åbne filen, kan læse den.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/admin/users_dialog.py" line="61" />
      <source>State</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/admin/users_dialog.py" line="136" />
      <source>The two passwords differ.</source>
      <translation>De to adgangskoder er forskellige.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/admin/users_dialog.py" line="103" />
      <source>User name</source>
      <translation>Brugernavn</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/admin/users_dialog.py" line="53" />
      <source>Users</source>
      <translation>Brugere</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/admin/users_dialog.py" line="155" />
      <source>{name} will no longer be able to sign in. Their history stays. Disable?</source>
      <translation>{name} kan ikke længere logge ind. Historikken bevares. Deaktiver?</translation>
    </message>
  </context>
  <context>
    <name>access</name>
    <message>
      <location filename="../../integration_desk/services/access.py" line="48" />
      <source>Only an administrator manages users.</source>
      <translation>Kun en administrator administrerer brugere.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/access.py" line="49" />
      <source>Only an administrator or a team lead changes the team's settings.</source>
      <translation>Kun en administrator eller en teamleder ændrer teamets indstillinger.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/access.py" line="52" />
      <source>Only an administrator or a team lead reads the audit log.</source>
      <translation>Kun en administrator eller en teamleder kan læse logningen.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/db/guard.py" line="41" />
      <source>The database refused: your role does not give access to this information.</source>
      <translation>Databasen afviste: din rolle giver ikke adgang til disse oplysninger.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/db/guard.py" line="32" />
      <source>Your role does not give access to CPR numbers.</source>
      <translation>Din rolle giver ikke adgang til CPR-numre.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/db/guard.py" line="27" />
      <source>Your role does not give access to contracts, hours and health records.</source>
      <translation>Din rolle giver ikke adgang til kontrakter, timer og helbredsoplysninger.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/access.py" line="46" />
      <source>Your role may not change cases, contracts or hours.</source>
      <translation>Din rolle må ikke ændre sager, kontrakter eller timer.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/access.py" line="47" />
      <source>Your role may not change the housing.</source>
      <translation>Din rolle må ikke ændre boligerne.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/db/guard.py" line="36" />
      <source>Your role may read this but not change it.</source>
      <translation>Din rolle må læse dette, men ikke ændre det.</translation>
    </message>
  </context>
  <context>
    <name>arrivals</name>
    <message>
      <location filename="../../integration_desk/services/arrivals.py" line="97" />
      <source>A notice with the reference {reference} already exists.</source>
      <translation>Der findes allerede en meddelelse med referencen {reference}.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/arrivals.py" line="470" />
      <source>The arrival cannot be before the notice was received.</source>
      <translation>Ankomsten kan ikke ligge før meddelelsen blev modtaget.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/arrivals.py" line="459" />
      <source>The arrival date cannot be in the future.</source>
      <translation>Ankomstdatoen kan ikke ligge i fremtiden.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/arrivals.py" line="467" />
      <source>The arrival is already registered.</source>
      <translation>Ankomsten er allerede registreret.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/arrivals.py" line="308" />
      <source>The notice no longer exists.</source>
      <translation>Meddelelsen findes ikke længere.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/arrivals.py" line="353" />
      <source>{name} has arrived and cannot be removed from the notice.</source>
      <translation>{name} er ankommet og kan ikke fjernes fra meddelelsen.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/arrivals.py" line="232" />
      <source>{name} saved this notice while you were editing it.</source>
      <translation>{name} gemte dette varsel, mens du redigerede det.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/arrivals.py" line="109" />
      <source>{name}: another person in the register has this CPR number.</source>
      <translation>{name}: en anden person i registret har dette CPR-nummer.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/arrivals.py" line="118" />
      <source>{name}: another person in the register has this udl.-nr.</source>
      <translation>{name}: en anden person i registret har dette udl.-nr.</translation>
    </message>
  </context>
  <context>
    <name>arrivals_xlsx</name>
    <message>
      <location filename="../../integration_desk/documents/arrivals_xlsx.py" line="119" />
      <source>Column</source>
      <translation>Kolonne</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/arrivals_xlsx.py" line="69" />
      <source>Date of birth, when known. Adults (18 or over at takeover) get deadlines.</source>
      <translation>Fødselsdato, hvis den kendes. Voksne (18 år eller ældre ved overtagelsen) får frister.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/arrivals_xlsx.py" line="68" />
      <source>Family name, in Latin letters. Required.</source>
      <translation>Efternavn med latinske bogstaver. Skal udfyldes.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/arrivals_xlsx.py" line="67" />
      <source>Given name, in Latin letters. Required.</source>
      <translation>Fornavn med latinske bogstaver. Skal udfyldes.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/arrivals_xlsx.py" line="70" />
      <source>K (female) or M (male); may be empty.</source>
      <translation>K (kvinde) eller M (mand); må være tom.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/arrivals_xlsx.py" line="71" />
      <source>Nationality, e.g. Syrien.</source>
      <translation>Nationalitet, fx Syrien.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/arrivals_xlsx.py" line="127" />
      <source>One row per person. Nothing is imported when any row has an error; the error list names sheet, row and column.</source>
      <translation>Én række pr. person. Har blot én række en fejl, importeres intet; fejllisten angiver ark, række og kolonne.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/arrivals_xlsx.py" line="73" />
      <source>The CPR number, with or without the dash, when assigned. May be empty.</source>
      <translation>CPR-nummeret med eller uden bindestreg, når det er tildelt. Må være tom.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/arrivals_xlsx.py" line="65" />
      <source>The asylum centre the household comes from.</source>
      <translation>Det asylcenter, husstanden kommer fra.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/arrivals_xlsx.py" line="59" />
      <source>The date of the placement decision. The takeover date is computed from it.</source>
      <translation>Datoen for visitationsafgørelsen. Overtagelsesdatoen beregnes ud fra den.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/arrivals_xlsx.py" line="56" />
      <source>The day the notice was received. A date: 15-03-2016, 15.03.2016 or 2016-03-15.</source>
      <translation>Den dag, meddelelsen blev modtaget. En dato: 15-03-2016, 15.03.2016 eller 2016-03-15.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/arrivals_xlsx.py" line="63" />
      <source>The expected arrival date. Less than 30 days after the notice gives a warning.</source>
      <translation>Forventet ankomstdato. Under 30 dage efter meddelelsen giver en advarsel.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/arrivals_xlsx.py" line="66" />
      <source>The household's name. Rows with the same name form one household (one notice).</source>
      <translation>Husstandens navn. Rækker med samme navn udgør én husstand (én meddelelse).</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/arrivals_xlsx.py" line="74" />
      <source>The immigration service's number of the person, when known.</source>
      <translation>Udlændingestyrelsens nummer for personen, hvis det kendes.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/arrivals_xlsx.py" line="51" />
      <source>The immigration service's reference of the notice. Required; the same on every row of a household.</source>
      <translation>Udlændingestyrelsens reference på meddelelsen. Skal udfyldes; den samme på alle rækker i en husstand.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/arrivals_xlsx.py" line="72" />
      <source>The languages the person speaks, e.g. arabisk, kurdisk.</source>
      <translation>De sprog, personen taler, fx arabisk, kurdisk.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/arrivals_xlsx.py" line="119" />
      <source>What to write</source>
      <translation>Hvad skal der stå</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/arrivals_xlsx.py" line="77" />
      <source>ja for a family-reunified person (not counted in the quota); nej or empty for a quota refugee.</source>
      <translation>ja for en familiesammenført (tæller ikke med i kvoten); nej eller tom for en kvoteflygtning.</translation>
    </message>
  </context>
  <context>
    <name>audit</name>
    <message>
      <location filename="../../integration_desk/services/audit_log.py" line="53" />
      <source>Arrival notice</source>
      <translation>Ankomstvarsel</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/audit_log.py" line="65" />
      <source>Audit log</source>
      <translation>Logning</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/audit_log.py" line="41" />
      <source>Changed</source>
      <translation>Ændret</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/audit_log.py" line="56" />
      <source>Contract</source>
      <translation>Kontrakt</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/audit_log.py" line="57" />
      <source>Contract activity</source>
      <translation>Kontraktaktivitet</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/audit_log.py" line="40" />
      <source>Created</source>
      <translation>Oprettet</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/audit_log.py" line="54" />
      <source>Deadline</source>
      <translation>Frist</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/audit_log.py" line="42" />
      <source>Deleted</source>
      <translation>Slettet</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/audit_pdf.py" line="92" />
      <source>Details</source>
      <translation>Detaljer</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/audit_pdf.py" line="82" />
      <source>Every use of the person's data the program has logged: reading the file, changes (CPR numbers and health notes masked), prints and exports.</source>
      <translation>Al brug af personens oplysninger, som programmet har logget: opslag i sagen, ændringer (CPR-numre og helbredsnotater skjult), udskrifter og eksporter.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/audit_log.py" line="44" />
      <source>Exported</source>
      <translation>Eksporteret</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/audit_log.py" line="60" />
      <source>Funding event</source>
      <translation>Tilskudshændelse</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/audit_log.py" line="59" />
      <source>Health record</source>
      <translation>Helbredsoplysning</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/audit_log.py" line="58" />
      <source>Hours</source>
      <translation>Timer</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/audit_log.py" line="52" />
      <source>Household</source>
      <translation>Husstand</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/audit_log.py" line="68" />
      <source>Housing site</source>
      <translation>Boligsted</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/audit_log.py" line="69" />
      <source>Housing unit</source>
      <translation>Boligenhed</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/audit_log.py" line="64" />
      <source>Import</source>
      <translation>Import</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/audit_log.py" line="61" />
      <source>Job</source>
      <translation>Job</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/audit_pdf.py" line="53" />
      <source>Log extract</source>
      <translation>Logudtræk</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/audit_pdf.py" line="62" />
      <source>Log extract: {name}</source>
      <translation>Logudtræk: {name}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/audit_pdf.py" line="105" />
      <source>No entries.</source>
      <translation>Ingen poster.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/audit_log.py" line="51" />
      <source>Person</source>
      <translation>Person</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/audit_pdf.py" line="69" />
      <source>Person no. {id}, born {born}. Made {when} by {user}; {count} entries.</source>
      <translation>Person nr. {id}, født {born}. Udtrukket {when} af {user}; {count} poster.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/audit_pdf.py" line="68" />
      <source>Person no. {id}, born {born}. Made {when} by {user}; {count} entry.</source>
      <translation>Person nr. {id}, født {born}. Udtrukket {when} af {user}; {count} post.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/audit_log.py" line="43" />
      <source>Printed</source>
      <translation>Udskrevet</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/audit_log.py" line="67" />
      <source>Quota</source>
      <translation>Kvote</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/audit_pdf.py" line="92" />
      <source>Record</source>
      <translation>Post</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/audit_log.py" line="63" />
      <source>Report</source>
      <translation>Rapport</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/audit_log.py" line="70" />
      <source>Room</source>
      <translation>Værelse</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/audit_log.py" line="71" />
      <source>Room closure</source>
      <translation>Lukning af værelse</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/audit_log.py" line="39" />
      <source>Searched</source>
      <translation>Søgt</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/audit_log.py" line="46" />
      <source>Sign-in failed</source>
      <translation>Mislykket login</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/audit_log.py" line="45" />
      <source>Signed in</source>
      <translation>Logget ind</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/audit_log.py" line="55" />
      <source>Stay</source>
      <translation>Ophold</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/audit_log.py" line="66" />
      <source>Team settings</source>
      <translation>Teamindstillinger</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/audit_log.py" line="223" />
      <source>The period must end after it starts.</source>
      <translation>Perioden skal slutte efter, den begynder.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/audit_pdf.py" line="92" />
      <source>Time</source>
      <translation>Tidspunkt</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/audit_log.py" line="225" />
      <source>Unknown kind of use.</source>
      <translation>Ukendt slags brug.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/audit_pdf.py" line="92" />
      <source>Use</source>
      <translation>Brug</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/audit_pdf.py" line="92" />
      <source>User</source>
      <translation>Bruger</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/audit_log.py" line="38" />
      <source>Viewed</source>
      <translation>Læst</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/audit_log.py" line="84" />
      <source>caseworker</source>
      <translation>sagsbehandler</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/audit_log.py" line="88" />
      <source>entries</source>
      <translation>poster</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/audit_log.py" line="77" />
      <source>found</source>
      <translation>fundet</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/audit_log.py" line="79" />
      <source>from</source>
      <translation>fra</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/audit_log.py" line="91" />
      <source>how</source>
      <translation>hvordan</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/audit_log.py" line="82" />
      <source>nationality</source>
      <translation>nationalitet</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/audit_log.py" line="181" />
      <source>no</source>
      <translation>nej</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/audit_log.py" line="90" />
      <source>notices</source>
      <translation>varsler</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/audit_log.py" line="92" />
      <source>period</source>
      <translation>periode</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/audit_log.py" line="86" />
      <source>person</source>
      <translation>person</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/audit_log.py" line="89" />
      <source>persons</source>
      <translation>personer</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/audit_log.py" line="78" />
      <source>report</source>
      <translation>rapport</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/audit_log.py" line="81" />
      <source>rows</source>
      <translation>rækker</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/audit_log.py" line="76" />
      <source>search text</source>
      <translation>søgetekst</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/audit_log.py" line="83" />
      <source>site</source>
      <translation>boligsted</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/audit_log.py" line="80" />
      <source>to</source>
      <translation>til</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/audit_log.py" line="87" />
      <source>use</source>
      <translation>brug</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/audit_log.py" line="85" />
      <source>user</source>
      <translation>bruger</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/audit_log.py" line="181" />
      <source>yes</source>
      <translation>ja</translation>
    </message>
  </context>
  <context>
    <name>backup</name>
    <message>
      <location filename="../../integration_desk/services/backup.py" line="95" />
      <source>An in-memory database cannot be backed up or restored.</source>
      <translation>En database i hukommelsen kan ikke sikkerhedskopieres eller gendannes.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/backup.py" line="88" />
      <source>The PostgreSQL program {name} is not installed or not on PATH.</source>
      <translation>PostgreSQL-programmet {name} er ikke installeret eller ikke på PATH.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/restore.py" line="121" />
      <source>The backup could not be restored: {why}</source>
      <translation>Sikkerhedskopien kunne ikke gendannes: {why}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/backup.py" line="144" />
      <source>The backup could not be written: {why}</source>
      <translation>Sikkerhedskopien kunne ikke skrives: {why}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/restore.py" line="56" />
      <source>The backup file {file} does not exist.</source>
      <translation>Sikkerhedskopien {file} findes ikke.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/backup.py" line="135" />
      <source>The backup just written does not hold every row of the database ({what}); it was deleted. Try again.</source>
      <translation>Den nye sikkerhedskopi indeholder ikke alle databasens rækker ({what}); den er slettet. Prøv igen.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/backup.py" line="156" />
      <source>The backup just written failed its check ({why}); it was deleted. Try again.</source>
      <translation>Den nye sikkerhedskopi bestod ikke kontrollen ({why}); den er slettet. Prøv igen.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/restore.py" line="147" />
      <source>The backup {file} could not be restored ({why}); the target database was left empty.</source>
      <translation>Sikkerhedskopien {file} kunne ikke gendannes ({why}); måldatabasen er efterladt tom.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/restore.py" line="76" />
      <source>The backup {file} is damaged or incomplete ({why}); nothing was restored.</source>
      <translation>Sikkerhedskopien {file} er beskadiget eller ufuldstændig ({why}); intet er gendannet.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/restore.py" line="88" />
      <source>The backup {file} was made by a newer version of Integration Desk (schema {revision}); install that version to restore it.</source>
      <translation>Sikkerhedskopien {file} er lavet af en nyere version af Integration Desk (skema {revision}); installér den version for at gendanne den.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/restore.py" line="65" />
      <source>The file is not a PostgreSQL dump made with pg_dump -Fc.</source>
      <translation>Filen er ikke et PostgreSQL-dump lavet med pg_dump -Fc.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/restore.py" line="61" />
      <source>The file is not a SQLite backup of Integration Desk.</source>
      <translation>Filen er ikke en SQLite-sikkerhedskopi af Integration Desk.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/backup.py" line="121" />
      <source>The file {file} already exists; choose a new file name.</source>
      <translation>Filen {file} findes allerede; vælg et nyt filnavn.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/restore.py" line="82" />
      <source>The file {file} is not a backup of Integration Desk; nothing was restored.</source>
      <translation>Filen {file} er ikke en sikkerhedskopi af Integration Desk; intet er gendannet.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/restore.py" line="99" />
      <source>The restored copy does not hold the backup's rows ({what}); nothing was restored.</source>
      <translation>Den gendannede kopi indeholder ikke sikkerhedskopiens rækker ({what}); intet er gendannet.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/restore.py" line="235" />
      <source>The target database is not empty ({count} tables). A backup is only restored into an empty database; create a new one and try again.</source>
      <translation>Måldatabasen er ikke tom ({count} tabeller). En sikkerhedskopi gendannes kun i en tom database; opret en ny, og prøv igen.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/restore.py" line="227" />
      <source>The target {file} is not an empty database; choose a new file name.</source>
      <translation>Målet {file} er ikke en tom database; vælg et nyt filnavn.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/backup.py" line="166" />
      <source>There is no database file to back up.</source>
      <translation>Der er ingen databasefil at sikkerhedskopiere.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/backup.py" line="195" />
      <source>pg_dump failed: {why}</source>
      <translation>pg_dump mislykkedes: {why}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/backup.py" line="221" />
      <source>schema {expected}, found {found}</source>
      <translation>skema {expected}, fundet {found}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/backup.py" line="227" />
      <source>{table}: {expected} rows, found {found}</source>
      <translation>{table}: {expected} rækker, fundet {found}</translation>
    </message>
  </context>
  <context>
    <name>calendar</name>
    <message>
      <location filename="../../integration_desk/services/calendar.py" line="50" />
      <source>Arrivals</source>
      <translation>Ankomster</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/calendar.py" line="148" />
      <source>Arrived: {household}</source>
      <translation>Ankommet: {household}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/calendar.py" line="75" />
      <source>Danish referral</source>
      <translation>henvisning til dansk</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/calendar.py" line="54" />
      <source>Deadlines</source>
      <translation>Frister</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/calendar.py" line="153" />
      <source>Expected: {household}</source>
      <translation>Forventet: {household}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/calendar.py" line="224" />
      <source>In: {household}</source>
      <translation>Ind: {household}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/calendar.py" line="221" />
      <source>Moves in: {household}, {room}</source>
      <translation>Flytter ind: {household}, {room}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/calendar.py" line="229" />
      <source>Moves out: {household}, {room}</source>
      <translation>Flytter ud: {household}, {room}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/calendar.py" line="56" />
      <source>Moving in and out</source>
      <translation>Ind- og udflytning</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/calendar.py" line="232" />
      <source>Out: {household}</source>
      <translation>Ud: {household}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/calendar.py" line="165" />
      <source>Visit to asylum centre: {household}</source>
      <translation>Besøg på asylcenter: {household}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/calendar.py" line="166" />
      <source>Visit: {household}</source>
      <translation>Besøg: {household}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/calendar.py" line="52" />
      <source>Visits</source>
      <translation>Besøg</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/calendar.py" line="73" />
      <source>contract</source>
      <translation>kontrakt</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/calendar.py" line="83" />
      <source>extend or end programme</source>
      <translation>forlæng eller afslut program</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/calendar.py" line="77" />
      <source>first offer</source>
      <translation>første tilbud</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/calendar.py" line="79" />
      <source>health assessment</source>
      <translation>helbredsvurdering</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/calendar.py" line="81" />
      <source>programme ends</source>
      <translation>programmet slutter</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/calendar.py" line="145" />
      <source>{household} ({n} pers.)</source>
      <translation>{household} ({n} pers.)</translation>
    </message>
  </context>
  <context>
    <name>cli</name>
    <message>
      <location filename="../../integration_desk/commands/core.py" line="49" />
      <source>(empty database)</source>
      <translation>(tom database)</translation>
    </message>
    <message>
      <location filename="../../integration_desk/commands/hours.py" line="44" />
      <source>--to comes before --from.</source>
      <translation>--to ligger før --from.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/commands/contracts.py" line="36" />
      <source>--version goes with a PERSON_ID, not with --ready.</source>
      <translation>--version hører sammen med et PERSON_ID, ikke med --ready.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/commands/maintenance.py" line="36" />
      <source>Backup written to {file} and checked: sound, schema {revision}, {rows} rows in {tables} tables ({size} kB in {seconds:.2f} s).</source>
      <translation>Sikkerhedskopien er skrevet til {file} og kontrolleret: intakt, skema {revision}, {rows} rækker i {tables} tabeller ({size} kB på {seconds:.2f} s).</translation>
    </message>
    <message>
      <location filename="../../integration_desk/commands/audit.py" line="37" />
      <source>Cannot write the PDF to {path}.</source>
      <translation>Kan ikke skrive PDF-filen {path}.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/commands/arrivals.py" line="55" />
      <source>Cannot write the file {path}.</source>
      <translation>Kan ikke skrive filen {path}.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/commands/core.py" line="87" />
      <source>Cannot write the picture to {path}.</source>
      <translation>Kan ikke skrive billedet til {path}.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/commands/core.py" line="64" />
      <source>Demo data added: {persons} persons in {households} households, {rooms} rooms, {contracts} contracts, {hours} hour entries. Demo date: {today}.</source>
      <translation>Demodata tilføjet: {persons} personer i {households} husstande, {rooms} værelser, {contracts} kontrakter, {hours} timeregistreringer. Demodato: {today}.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/commands/contracts.py" line="34" />
      <source>Give either a PERSON_ID or --ready.</source>
      <translation>Angiv enten et PERSON_ID eller --ready.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/commands/hours.py" line="118" />
      <source>Imported {rows} rows: {created} new and {updated} changed hour entries of {persons} persons.</source>
      <translation>Importerede {rows} rækker: {created} nye og {updated} ændrede timeregistreringer for {persons} borgere.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/commands/audit.py" line="38" />
      <source>Log extract written to {path}.</source>
      <translation>Logudtræk skrevet til {path}.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/commands/contracts.py" line="43" />
      <source>No contracts are ready for signing.</source>
      <translation>Ingen kontrakter er klar til underskrift.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/cli.py" line="129" />
      <source>No database has been set up yet ({path}). Start Integration Desk to set one up, or name one with --database.</source>
      <translation>Der er endnu ikke oprettet en database ({path}). Start Integration Desk for at oprette en, eller angiv en med --database.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/commands/users.py" line="64" />
      <source>Password again: </source>
      <translation>Adgangskode igen: </translation>
    </message>
    <message>
      <location filename="../../integration_desk/commands/users.py" line="63" />
      <source>Password: </source>
      <translation>Adgangskode: </translation>
    </message>
    <message>
      <location filename="../../integration_desk/commands/users.py" line="42" />
      <source>Roles live in PostgreSQL; a SQLite file is protected by who may open the file.</source>
      <translation>Roller findes i PostgreSQL; en SQLite-fil beskyttes af, hvem der må åbne filen.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/commands/maintenance.py" line="62" />
      <source>The backup {file} has been restored and checked: schema {revision}, {rows} rows in {tables} tables.</source>
      <translation>Sikkerhedskopien {file} er gendannet og kontrolleret: skema {revision}, {rows} rækker i {tables} tabeller.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/cli.py" line="192" />
      <source>The connection to the database was lost: the command's work was not saved. Running the command again is safe.</source>
      <translation>Forbindelsen til databasen blev afbrudt: kommandoens arbejde er ikke gemt. Det er sikkert at køre kommandoen igen.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/commands/core.py" line="61" />
      <source>The database already holds data; the demo data was not added and nothing changed.</source>
      <translation>Databasen indeholder allerede data; demodata blev ikke tilføjet, og intet blev ændret.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/cli.py" line="136" />
      <source>The database does not exist: {path} (named by {source}). Nothing was created; check the name, or make a new database with db upgrade.</source>
      <translation>Databasen findes ikke: {path} (angivet med {source}). Intet er oprettet; kontrollér navnet, eller opret en ny database med db upgrade.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/commands/core.py" line="46" />
      <source>The database is at schema {revision}.</source>
      <translation>Databasen har skemaversion {revision}.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/commands/users.py" line="51" />
      <source>The database refused to set up the roles (run this as the database owner): {why}</source>
      <translation>Databasen afviste at oprette rollerne (kør kommandoen som databasens ejer): {why}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/commands/hours.py" line="113" />
      <source>The file is in order: {rows} rows would give {created} new and {updated} changed hour entries of {persons} persons. Nothing was written (--dry-run).</source>
      <translation>Filen er i orden: {rows} rækker ville give {created} nye og {updated} ændrede timeregistreringer for {persons} borgere. Intet blev skrevet (--dry-run).</translation>
    </message>
    <message>
      <location filename="../../integration_desk/commands/audit.py" line="28" />
      <source>The file must end in .pdf: {path}</source>
      <translation>Filen skal ende på .pdf: {path}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/commands/reports.py" line="62" />
      <source>The file must end in .xlsx or .pdf: {path}</source>
      <translation>Filen skal ende på .xlsx eller .pdf: {path}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/commands/arrivals.py" line="78" />
      <source>The file {path} does not exist.</source>
      <translation>Filen {path} findes ikke.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/commands/users.py" line="56" />
      <source>The group roles and their privileges are in place.</source>
      <translation>Grupperollerne og deres rettigheder er på plads.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/commands/users.py" line="75" />
      <source>The two passwords differ.</source>
      <translation>De to adgangskoder er forskellige.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/commands/core.py" line="90" />
      <source>The view {view} could not be shown: {error}</source>
      <translation>Visningen {view} kunne ikke vises: {error}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/commands/users.py" line="82" />
      <source>User {name} added with the role {role}.</source>
      <translation>Brugeren {name} er oprettet med rollen {role}.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/commands/users.py" line="98" />
      <source>User {name} can no longer sign in.</source>
      <translation>Brugeren {name} kan ikke længere logge ind.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/commands/arrivals.py" line="89" />
      <source>Warning: {text}</source>
      <translation>Advarsel: {text}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/commands/contracts.py" line="57" />
      <source>Written to {path}: {n} contract.</source>
      <translation>Skrevet til {path}: {n} kontrakt.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/commands/contracts.py" line="58" />
      <source>Written to {path}: {n} contracts.</source>
      <translation>Skrevet til {path}: {n} kontrakter.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/cli.py" line="55" />
      <source>not a date in the form YYYY-MM-DD: {text}</source>
      <translation>ikke en dato på formen ÅÅÅÅ-MM-DD: {text}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/cli.py" line="62" />
      <source>not a size such as 1600x1000: {text}</source>
      <translation>ikke en størrelse som 1600x1000: {text}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/cli.py" line="115" />
      <source>the settings file {file}</source>
      <translation>indstillingsfilen {file}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/commands/arrivals.py" line="65" />
      <source>{n} person exported to {path}.</source>
      <translation>{n} person eksporteret til {path}.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/commands/arrivals.py" line="65" />
      <source>{n} persons exported to {path}.</source>
      <translation>{n} personer eksporteret til {path}.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/commands/hours.py" line="87" />
      <source>{n} resident written to {path}.</source>
      <translation>{n} borger skrevet til {path}.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/commands/hours.py" line="88" />
      <source>{n} residents written to {path}.</source>
      <translation>{n} borgere skrevet til {path}.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/commands/hours.py" line="63" />
      <source>{rows} hour rows of {persons} persons written to {path}.</source>
      <translation>{rows} timerækker for {persons} borgere skrevet til {path}.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/commands/housing.py" line="36" />
      <source>{stays} stays, {person_days} person-days: {path}</source>
      <translation>{stays} ophold, {person_days} persondage: {path}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/commands/reports.py" line="72" />
      <source>{title}, {rows} rows: {path}</source>
      <translation>{title}, {rows} rækker: {path}</translation>
    </message>
  </context>
  <context>
    <name>contracts</name>
    <message>
      <location filename="../../integration_desk/services/contracts_settings.py" line="154" />
      <source>A section may hold at most 5000 characters.</source>
      <translation>Et afsnit må højst have 5000 tegn.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/contracts_edit.py" line="405" />
      <source>A signature date cannot be in the future.</source>
      <translation>En underskriftsdato kan ikke ligge i fremtiden.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/contracts_edit.py" line="351" />
      <source>Add at least one activity to the programme.</source>
      <translation>Tilføj mindst én aktivitet til programmet.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/contracts_settings.py" line="106" />
      <source>Enter the municipality's name.</source>
      <translation>Skriv kommunens navn.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/contracts_edit.py" line="357" />
      <source>Merge fields without a value: {fields}. Fill them in before the contract can be signed.</source>
      <translation>Flettefelter uden værdi: {fields}. Udfyld dem, før kontrakten kan underskrives.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/contracts_edit.py" line="225" />
      <source>Only a draft can be changed. Start a new version to edit it.</source>
      <translation>Kun en kladde kan ændres. Start en ny version for at redigere.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/contracts_edit.py" line="451" />
      <source>Only a signed contract has a paper copy to receive.</source>
      <translation>Kun en underskrevet kontrakt har en papirkopi, der kan komme retur.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/contracts_settings.py" line="81" />
      <source>Only an administrator or team lead may change the contract texts and team settings.</source>
      <translation>Kun en administrator eller teamleder må ændre kontraktteksterne og teamindstillingerne.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/contracts.py" line="313" />
      <source>Only versions of the same person's contract can be compared.</source>
      <translation>Kun versioner af samme borgers kontrakt kan sammenlignes.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/contracts.py" line="255" />
      <source>The contract no longer exists.</source>
      <translation>Kontrakten findes ikke længere.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/contracts_settings.py" line="109" />
      <source>The logo may be at most 1 MB.</source>
      <translation>Logoet må højst fylde 1 MB.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/contracts_settings.py" line="111" />
      <source>The logo must be a PNG or JPEG picture.</source>
      <translation>Logoet skal være et PNG- eller JPEG-billede.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/contracts_print.py" line="94" />
      <source>The person has no contract.</source>
      <translation>Borgeren har ingen kontrakt.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/contracts_edit.py" line="74" />
      <source>The person no longer exists.</source>
      <translation>Borgeren findes ikke længere.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/contracts_print.py" line="96" />
      <source>The person's contract has no version {n}.</source>
      <translation>Borgerens kontrakt har ingen version {n}.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/contracts_edit.py" line="105" />
      <source>The text is too long (at most 2000 characters).</source>
      <translation>Teksten er for lang (højst 2000 tegn).</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/contracts_edit.py" line="77" />
      <source>This person already has a contract; open it instead.</source>
      <translation>Borgeren har allerede en kontrakt; åbn den i stedet.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/contracts_edit.py" line="173" />
      <source>{name} saved this contract while you were editing it.</source>
      <translation>{name} har gemt kontrakten, mens du redigerede den.</translation>
    </message>
  </context>
  <context>
    <name>db</name>
    <message>
      <location filename="../../integration_desk/services/database.py" line="82" />
      <source>A SQLite file on a network drive is unsafe when several PCs write to it. Use PostgreSQL for a shared team database.</source>
      <translation>En SQLite-fil på et netværksdrev er usikker, når flere pc'er skriver i den. Brug PostgreSQL til en fælles teamdatabase.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/db/engine.py" line="81" />
      <source>Cannot create the folder {folder} for the database: {why}</source>
      <translation>Kan ikke oprette mappen {folder} til databasen: {why}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/db/migrate.py" line="64" />
      <source>Cannot reach the database ({where}). Check the address and that the server is running.</source>
      <translation>Kan ikke få forbindelse til databasen ({where}). Kontrollér adressen, og at serveren kører.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/db/keys.py" line="25" />
      <source>Someone else saved this record while you were editing it. Reload and try again.</source>
      <translation>En anden har gemt denne post, mens du redigerede den. Indlæs igen, og prøv igen.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/db/uow.py" line="64" />
      <source>The connection to the database was lost. Your changes have not been saved; they are kept and saved when the connection is back.</source>
      <translation>Forbindelsen til databasen blev afbrudt. Dine ændringer er ikke gemt; de bevares og gemmes, når forbindelsen er tilbage.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/db/engine.py" line="28" />
      <source>The database address is not a valid URL: {url}</source>
      <translation>Databaseadressen er ikke en gyldig URL: {url}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/db/migrate.py" line="91" />
      <source>The database was made by a newer version of Integration Desk (schema {revision}). Install the newer version; this one will not change it.</source>
      <translation>Databasen er lavet af en nyere version af Integration Desk (skema {revision}). Installér den nyere version; denne version ændrer den ikke.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/db/migrations/versions/0006_race_keys.py" line="94" />
      <source>The database was not upgraded (nothing was changed): these rows are duplicates the new version refuses. An administrator must merge or delete them, then start the program again:</source>
      <translation>Databasen er ikke opgraderet (intet er ændret): disse rækker er dubletter, som den nye version ikke tillader. En administrator skal lægge dem sammen eller slette dem og derefter starte programmet igen:</translation>
    </message>
    <message>
      <location filename="../../integration_desk/db/migrate.py" line="57" />
      <source>The database “{name}” does not exist on the server {server}. Check the database name in the address; nothing was created.</source>
      <translation>Databasen »{name}« findes ikke på serveren {server}. Kontrollér databasens navn i adressen; intet er oprettet.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/db/uow.py" line="196" />
      <source>The text contains a character that cannot be stored.</source>
      <translation>Teksten indeholder et tegn, der ikke kan gemmes.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/db/uow.py" line="173" />
      <source>The text is too long (at most {count} characters).</source>
      <translation>Teksten er for lang (højst {count} tegn).</translation>
    </message>
    <message>
      <location filename="../../integration_desk/db/migrate.py" line="80" />
      <source>This is not a database Integration Desk can open ({where}).</source>
      <translation>Dette er ikke en database, Integration Desk kan åbne ({where}).</translation>
    </message>
    <message>
      <location filename="../../integration_desk/db/engine.py" line="36" />
      <source>Unsupported database type “{backend}”: use sqlite:/// or postgresql://</source>
      <translation>Databasetypen »{backend}« understøttes ikke: brug sqlite:/// eller postgresql://</translation>
    </message>
    <message>
      <location filename="../../integration_desk/db/migrations/versions/0006_race_keys.py" line="71" />
      <source>funding_events {ids}: person {person}, {kind} on {day}</source>
      <translation>funding_events {ids}: person {person}, {kind} den {day}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/db/migrations/versions/0006_race_keys.py" line="64" />
      <source>hour_entries {ids}: person {person}, activity {activity}, week {week}</source>
      <translation>hour_entries {ids}: person {person}, aktivitet {activity}, uge {week}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/db/migrations/versions/0006_race_keys.py" line="82" />
      <source>quotas {ids}: the periods overlap</source>
      <translation>quotas {ids}: perioderne overlapper</translation>
    </message>
    <message>
      <location filename="../../integration_desk/db/migrations/versions/0006_race_keys.py" line="92" />
      <source>… and {count} more</source>
      <translation>… og {count} flere</translation>
    </message>
  </context>
  <context>
    <name>deadlines</name>
    <message>
      <location filename="../../integration_desk/services/deadlines.py" line="87" />
      <source>Sign a new contract version with a later programme end, or record why the programme ends.</source>
      <translation>Få en ny kontraktversion med senere programslut underskrevet, eller registrér hvorfor programmet slutter.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/deadlines.py" line="79" />
      <source>The date cannot be in the future.</source>
      <translation>Datoen kan ikke ligge i fremtiden.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/deadlines.py" line="83" />
      <source>The deadline no longer exists.</source>
      <translation>Fristen findes ikke længere.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/programme_end.py" line="111" />
      <source>The person has no signed contract.</source>
      <translation>Borgeren har ingen underskrevet kontrakt.</translation>
    </message>
  </context>
  <context>
    <name>display</name>
    <message>
      <location filename="../../integration_desk/ui/display.py" line="157" />
      <source>Cannot open the window: Qt's platform plugin wayland needs {library}.</source>
      <translation>Kan ikke åbne vinduet: Qt's platform-plugin wayland kræver {library}.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/display.py" line="161" />
      <source>Cannot open the window: the Wayland screen {name} does not answer.</source>
      <translation>Kan ikke åbne vinduet: Wayland-skærmen {name} svarer ikke.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/display.py" line="145" />
      <source>Cannot open the window: the screen {display} (DISPLAY) does not answer.</source>
      <translation>Kan ikke åbne vinduet: skærmen {display} (DISPLAY) svarer ikke.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/display.py" line="133" />
      <source>Qt cannot load its platform plugin xcb, which needs {library}. Install the Qt platform libraries: {command}</source>
      <translation>Qt kan ikke indlæse sit platform-plugin xcb, som kræver {library}. Installér Qt's platformbiblioteker: {command}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/display.py" line="169" />
      <source>There is no screen to open the window on: neither DISPLAY nor WAYLAND_DISPLAY is set. Start Integration Desk in a desktop session.</source>
      <translation>Der er ingen skærm at åbne vinduet på: hverken DISPLAY eller WAYLAND_DISPLAY er sat. Start Integration Desk i en skrivebordssession.</translation>
    </message>
  </context>
  <context>
    <name>domain</name>
    <message>
      <location filename="../../integration_desk/domain/contracts.py" line="41" />
      <source>A contract in this state cannot be changed that way.</source>
      <translation>En kontrakt i denne tilstand kan ikke ændres på den måde.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/contracts_text.py" line="190" />
      <source>A curly bracket stands alone: write a merge field as {fornavn}, without spaces.</source>
      <translation>En krøllet parentes står alene: skriv et flettefelt som {fornavn}, uden mellemrum.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/contracts_text.py" line="24" />
      <source>Absence and its consequences</source>
      <translation>Fravær og konsekvenser</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/hours.py" line="82" />
      <source>Absence without a valid reason needs a note saying what happened.</source>
      <translation>Fravær uden gyldig grund kræver en bemærkning om, hvad der skete.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/contracts.py" line="140" />
      <source>Activity {n} ends before it starts.</source>
      <translation>Aktivitet {n} slutter, før den begynder.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/contracts.py" line="145" />
      <source>Activity {n} lies partly outside the programme period.</source>
      <translation>Aktivitet {n} ligger helt eller delvis uden for programperioden.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/contracts.py" line="153" />
      <source>Activity {n}: the hours per week must be more than 0 and at most {max}.</source>
      <translation>Aktivitet {n}: timer pr. uge skal være over 0 og højst {max}.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/contracts_text.py" line="160" />
      <source>An optional part [[…]] cannot stand inside another one.</source>
      <translation>Et valgfrit tekststykke [[…]] kan ikke stå inde i et andet.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/contracts_text.py" line="176" />
      <source>An optional part opened with “[[” is not closed with “]]”.</source>
      <translation>Et valgfrit tekststykke, der er åbnet med »[[«, er ikke lukket med »]]«.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/hours.py" line="69" />
      <source>Attended plus absence ({accounted} h) is more than planned ({planned} h) plus the margin ({margin} h).</source>
      <translation>Fremmøde plus fravær ({accounted} t) er mere end planlagt ({planned} t) plus margenen ({margin} t).</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/programme_end.py" line="48" />
      <source>Choose why the programme ends.</source>
      <translation>Vælg hvorfor programmet slutter.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/deadlines.py" line="43" />
      <source>Contract due</source>
      <translation>Kontrakt senest</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/programme_end.py" line="34" />
      <source>Danish test passed</source>
      <translation>Bestået danskprøve</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/programme_end.py" line="32" />
      <source>Education</source>
      <translation>Uddannelse</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/dates.py" line="60" />
      <source>Enter a date.</source>
      <translation>Skriv en dato.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/cpr.py" line="58" />
      <source>Enter the CPR number as DDMMYY-SSSS (10 digits).</source>
      <translation>Skriv CPR-nummeret som DDMMÅÅ-SSSS (10 cifre).</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/arrivals.py" line="175" />
      <source>Enter the language the interpreter must speak.</source>
      <translation>Skriv, hvilket sprog tolken skal tale.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/arrivals.py" line="125" />
      <source>Enter the notice's reference.</source>
      <translation>Skriv meddelelsens reference.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/contracts.py" line="104" />
      <source>Enter the programme end date.</source>
      <translation>Angiv programmets slutdato.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/contracts.py" line="102" />
      <source>Enter the programme start date.</source>
      <translation>Angiv programmets startdato.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/weeks.py" line="48" />
      <source>Enter the week as YYYY-Www, for example 2016-W12.</source>
      <translation>Skriv ugen som år og ugenummer, fx 2016-W12.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/arrivals.py" line="93" />
      <source>Every member needs a name.</source>
      <translation>Alle medlemmer skal have et navn.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/deadlines.py" line="47" />
      <source>First offer due</source>
      <translation>Første tilbud senest</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/deadlines.py" line="49" />
      <source>Health assessment due</source>
      <translation>Helbredsvurdering senest</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/hours.py" line="64" />
      <source>Hours cannot be negative.</source>
      <translation>Timer kan ikke være negative.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/contracts_text.py" line="25" />
      <source>How we handle your personal data</source>
      <translation>Sådan behandler vi dine personoplysninger</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/programme_end.py" line="38" />
      <source>Longest programme period reached</source>
      <translation>Længste programperiode nået</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/programme_end.py" line="36" />
      <source>Moved away</source>
      <translation>Fraflyttet</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/rules.py" line="154" />
      <source>No rule set is in force on {date}.</source>
      <translation>Der er intet regelsæt i kraft den {date}.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/dates.py" line="63" />
      <source>Not a date: write e.g. 23-10-2016.</source>
      <translation>Ikke en dato: skriv fx 23-10-2016.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/programme_end.py" line="30" />
      <source>Ordinary job</source>
      <translation>Ordinært job</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/deadlines.py" line="51" />
      <source>Programme ends</source>
      <translation>Programmet slutter</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/deadlines.py" line="53" />
      <source>Programme expires — extend or end</source>
      <translation>Programmet udløber — forlæng eller afslut</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/contracts_text.py" line="21" />
      <source>Purpose of the contract</source>
      <translation>Kontraktens formål</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/deadlines.py" line="45" />
      <source>Referral to Danish classes due</source>
      <translation>Henvisning til danskuddannelse senest</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/arrivals.py" line="156" />
      <source>Short notice: {days} days between notice and arrival (expected at least {min}).</source>
      <translation>Kort varsel: {days} dage mellem meddelelse og ankomst (forventet mindst {min}).</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/cpr.py" line="83" />
      <source>The CPR number does not pass the modulus 11 check. It is accepted, because numbers issued after 1 October 2007 need not pass it, but please check that it is typed correctly.</source>
      <translation>CPR-nummeret består ikke modulus 11-kontrollen. Det godtages alligevel, fordi numre tildelt efter 1. oktober 2007 ikke behøver at bestå den, men kontrollér, at det er tastet rigtigt.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/cpr.py" line="96" />
      <source>The CPR number does not start with a valid date of birth (DDMMYY).</source>
      <translation>CPR-nummeret begynder ikke med en gyldig fødselsdato (DDMMÅÅ).</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/arrivals.py" line="98" />
      <source>The birth date of {name} is in the future.</source>
      <translation>Fødselsdatoen for {name} ligger i fremtiden.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/contracts.py" line="125" />
      <source>The contract deadline ({date}) has passed.</source>
      <translation>Fristen for kontrakten ({date}) er overskredet.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/programme_end.py" line="50" />
      <source>The date cannot be in the future.</source>
      <translation>Datoen kan ikke ligge i fremtiden.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/people.py" line="28" />
      <source>The date of birth cannot be after {date}.</source>
      <translation>Fødselsdatoen kan ikke ligge efter {date}.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/rules.py" line="65" />
      <source>The default programme length must be between 1 month and the maximum length.</source>
      <translation>Programmets standardlængde skal være mellem 1 måned og den maksimale længde.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/arrivals.py" line="135" />
      <source>The expected arrival cannot be before the notice was received.</source>
      <translation>Den forventede ankomst kan ikke ligge før meddelelsen blev modtaget.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/arrivals.py" line="151" />
      <source>The household needs at least one person.</source>
      <translation>Husstanden skal have mindst én person.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/contracts_text.py" line="23" />
      <source>The municipality's obligations</source>
      <translation>Kommunens forpligtelser</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/arrivals.py" line="95" />
      <source>The name is too long.</source>
      <translation>Navnet er for langt.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/contracts_text.py" line="182" />
      <source>The optional part “[[{text}]]” has no merge field, so it would always be printed.</source>
      <translation>Det valgfrie tekststykke »[[{text}]]« har intet flettefelt og ville derfor altid blive udskrevet.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/arrivals.py" line="130" />
      <source>The placement decision cannot be later than the day the notice was received.</source>
      <translation>Visitationsafgørelsen kan ikke ligge efter den dag, meddelelsen blev modtaget.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/programme_end.py" line="53" />
      <source>The programme cannot end before it starts ({date}).</source>
      <translation>Programmet kan ikke slutte, før det begynder ({date}).</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/contracts.py" line="107" />
      <source>The programme ends before it starts.</source>
      <translation>Programmet slutter, før det begynder.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/contracts.py" line="111" />
      <source>The programme may last at most {months} months (rule set).</source>
      <translation>Programmet må højst vare {months} måneder (regelsæt).</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/deadlines.py" line="91" />
      <source>The programme must last between 1 and {max} months.</source>
      <translation>Programmet skal vare mellem 1 og {max} måneder.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/arrivals.py" line="127" />
      <source>The reference is too long.</source>
      <translation>Referencen er for lang.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/arrivals.py" line="141" />
      <source>The takeover date can only be moved earlier by agreement, not later than {date}.</source>
      <translation>Overtagelsesdatoen kan kun rykkes frem efter aftale, ikke senere end {date}.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/arrivals.py" line="148" />
      <source>The takeover date cannot be before the placement decision.</source>
      <translation>Overtagelsesdatoen kan ikke ligge før visitationsafgørelsen.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/rules.py" line="79" />
      <source>The value cannot be negative.</source>
      <translation>Værdien må ikke være negativ.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/dates.py" line="73" />
      <source>The year must be {first}–{last}.</source>
      <translation>Året skal ligge mellem {first} og {last}.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/arrivals.py" line="86" />
      <source>The {name} family</source>
      <translation>Familien {name}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/arrivals.py" line="167" />
      <source>Two members have the same CPR number.</source>
      <translation>To medlemmer har samme CPR-nummer.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/arrivals.py" line="171" />
      <source>Two members have the same udl.-nr.</source>
      <translation>To medlemmer har samme udl.-nr.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/arrivals.py" line="104" />
      <source>Unknown kind of arrival.</source>
      <translation>Ukendt ankomsttype.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/contracts_text.py" line="152" />
      <source>Unknown merge field: {fields}</source>
      <translation>Ukendt flettefelt: {fields}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/arrivals.py" line="102" />
      <source>Unknown sex.</source>
      <translation>Ukendt køn.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/weeks.py" line="33" />
      <source>Week {week} does not exist in {year}.</source>
      <translation>Uge {week} findes ikke i {year}.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/contracts_text.py" line="22" />
      <source>Your obligations</source>
      <translation>Dine forpligtelser</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/contracts_text.py" line="99" />
      <source>[MISSING: {field}]</source>
      <translation>[MANGLER: {field}]</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/contracts_text.py" line="33" />
      <source>the caseworker's name</source>
      <translation>sagsbehandlerens navn</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/contracts_text.py" line="39" />
      <source>the education goal</source>
      <translation>uddannelsesmålet</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/contracts_text.py" line="38" />
      <source>the employment goal</source>
      <translation>beskæftigelsesmålet</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/contracts_text.py" line="34" />
      <source>the municipality's name</source>
      <translation>kommunens navn</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/contracts_text.py" line="36" />
      <source>the programme end date</source>
      <translation>programmets slutdato</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/contracts_text.py" line="35" />
      <source>the programme start date</source>
      <translation>programmets startdato</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/contracts_text.py" line="31" />
      <source>the resident's CPR number</source>
      <translation>borgerens CPR-nummer</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/contracts_text.py" line="30" />
      <source>the resident's family name</source>
      <translation>borgerens efternavn</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/contracts_text.py" line="29" />
      <source>the resident's given name</source>
      <translation>borgerens fornavn</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/contracts_text.py" line="32" />
      <source>the takeover date</source>
      <translation>overtagelsesdatoen</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/contracts_text.py" line="37" />
      <source>the weekly hours target</source>
      <translation>ugentligt timemål</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/contracts_summary.py" line="120" />
      <source>week {first} {year}–week {last} {last_year}</source>
      <translation>uge {first} {year}–uge {last} {last_year}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/contracts_summary.py" line="111" />
      <source>week {week} {year}</source>
      <translation>uge {week} {year}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/weeks.py" line="78" />
      <source>week {week}, {year}</source>
      <translation>uge {week}, {year}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/contracts_summary.py" line="114" />
      <source>weeks {first}–{last} {year}</source>
      <translation>uge {first}–{last} {year}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/dates.py" line="79" />
      <source>{day:02d}-{month:02d}-{year} does not exist.</source>
      <translation>{day:02d}-{month:02d}-{year} findes ikke.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/arrivals.py" line="115" />
      <source>{name}: the CPR number does not match the birth date.</source>
      <translation>{name}: CPR-nummeret passer ikke med fødselsdatoen.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/contracts_text.py" line="165" />
      <source>“]]” closes an optional part that was not opened with “[[”.</source>
      <translation>»]]« lukker et valgfrit tekststykke, der ikke er åbnet med »[[«.</translation>
    </message>
  </context>
  <context>
    <name>export_arrivals</name>
    <message>
      <location filename="../../integration_desk/services/arrivals_export.py" line="43" />
      <source>The period must end after it starts.</source>
      <translation>Perioden skal slutte efter den begynder.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/arrivals_export.py" line="28" />
      <source>{deadline}: done</source>
      <translation>{deadline}: udført</translation>
    </message>
  </context>
  <context>
    <name>funding</name>
    <message>
      <location filename="../../integration_desk/domain/funding.py" line="48" />
      <source>Base grant (months)</source>
      <translation>Grundtilskud (måneder)</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/funding.py" line="54" />
      <source>Danish test passed</source>
      <translation>Danskprøve bestået</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/funding.py" line="52" />
      <source>Education started</source>
      <translation>Uddannelse påbegyndt</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/funding.py" line="181" />
      <source>Give the date.</source>
      <translation>Angiv datoen.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/funding.py" line="116" />
      <source>Give the day the job started.</source>
      <translation>Angiv den dag, jobbet begyndte.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/funding.py" line="50" />
      <source>Job for 6 months</source>
      <translation>Job i 6 måneder</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/funding.py" line="114" />
      <source>Name the employer.</source>
      <translation>Angiv arbejdsgiveren.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/funding.py" line="272" />
      <source>Name the institution.</source>
      <translation>Angiv uddannelsesstedet.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/funding.py" line="294" />
      <source>Record a job once it has started.</source>
      <translation>Registrér først jobbet, når det er begyndt.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/funding.py" line="264" />
      <source>Say which test was passed.</source>
      <translation>Angiv hvilken prøve der er bestået.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/funding.py" line="183" />
      <source>The date cannot be in the future.</source>
      <translation>Datoen kan ikke ligge i fremtiden.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/funding.py" line="186" />
      <source>The date is before the takeover date ({date}).</source>
      <translation>Datoen ligger før overtagelsesdatoen ({date}).</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/funding.py" line="333" />
      <source>The event no longer exists.</source>
      <translation>Hændelsen findes ikke længere.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/funding.py" line="121" />
      <source>The hours per week must be more than 0 and at most 80.</source>
      <translation>Timer pr. uge skal være over 0 og højst 80.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/funding.py" line="118" />
      <source>The job cannot end before it starts.</source>
      <translation>Jobbet kan ikke slutte, før det begynder.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/funding.py" line="349" />
      <source>The job no longer exists.</source>
      <translation>Jobbet findes ikke længere.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/funding.py" line="229" />
      <source>The person no longer exists.</source>
      <translation>Borgeren findes ikke længere.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/funding.py" line="246" />
      <source>This event is already recorded for the person on {date}.</source>
      <translation>Denne hændelse er allerede registreret for personen den {date}.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/funding.py" line="223" />
      <source>Your role may not record funding events.</source>
      <translation>Din rolle må ikke registrere tilskudshændelser.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/funding.py" line="110" />
      <source>{employers}: {start} – {end}, {hours} h/week on average</source>
      <translation>{employers}: {start} – {end}, gennemsnitligt {hours} timer/uge</translation>
    </message>
  </context>
  <context>
    <name>hours</name>
    <message>
      <location filename="../../integration_desk/services/hours.py" line="243" />
      <source>(no activity)</source>
      <translation>(ingen aktivitet)</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours_export.py" line="94" />
      <source>Absent, no valid reason</source>
      <translation>Fravær uden gyldig grund</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours_export.py" line="92" />
      <source>Absent, sick</source>
      <translation>Fravær, syg</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours_export.py" line="93" />
      <source>Absent, valid reason</source>
      <translation>Fravær, gyldig grund</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours_export.py" line="89" />
      <source>Activity</source>
      <translation>Aktivitet</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours.py" line="307" />
      <source>An hour entry was deleted by someone else. Reload the week.</source>
      <translation>En timeregistrering er slettet af en anden. Indlæs ugen igen.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours_export.py" line="97" />
      <source>Approved</source>
      <translation>Godkendt</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours_export.py" line="91" />
      <source>Attended</source>
      <translation>Fremmødt</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours_export.py" line="204" />
      <source>Average per full week (attended + absence with reason)</source>
      <translation>Gennemsnit pr. hel uge (fremmødt + fravær med grund)</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours_export.py" line="254" />
      <source>Caseworker</source>
      <translation>Sagsbehandler</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours_export.py" line="240" />
      <source>Compliance</source>
      <translation>Overholdelse</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours_export.py" line="79" />
      <source>Hours</source>
      <translation>Timer</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours_export.py" line="258" />
      <source>Hours without a valid reason</source>
      <translation>Timer uden gyldig grund</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours_export.py" line="87" />
      <source>ISO year</source>
      <translation>ISO-år</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours_export.py" line="256" />
      <source>Last 4 weeks</source>
      <translation>Seneste 4 uger</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours_export.py" line="86" />
      <source>Name</source>
      <translation>Navn</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours.py" line="435" />
      <source>None of the chosen weeks is approved.</source>
      <translation>Ingen af de valgte uger er godkendt.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours_export.py" line="95" />
      <source>Note</source>
      <translation>Bemærkning</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours.py" line="402" />
      <source>Nothing has been recorded for this week yet.</source>
      <translation>Der er endnu ikke registreret noget for denne uge.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours_plan.py" line="196" />
      <source>Only a team lead or an administrator can change the margin.</source>
      <translation>Kun en teamleder eller en administrator kan ændre margenen.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours_export.py" line="85" />
      <source>Person ID</source>
      <translation>Person-id</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours_export.py" line="90" />
      <source>Planned</source>
      <translation>Planlagt</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours_export.py" line="255" />
      <source>Programme average</source>
      <translation>Gennemsnit i programmet</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours.py" line="383" />
      <source>Record and save the hours of every activity before approving. Missing:</source>
      <translation>Registrér og gem timerne for alle aktiviteter, før ugen godkendes. Mangler:</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours_export.py" line="96" />
      <source>Recorded by</source>
      <translation>Registreret af</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours_export.py" line="243" />
      <source>Residents below the weekly target or with absence without a valid reason, {start} – {end}</source>
      <translation>Borgere under det ugentlige mål eller med fravær uden gyldig grund, {start} – {end}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours.py" line="412" />
      <source>Say why the approved week is reopened.</source>
      <translation>Skriv, hvorfor den godkendte uge genåbnes.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/db/keys.py" line="29" />
      <source>Someone else recorded hours for this week while you were editing. Reload the week.</source>
      <translation>En anden har registreret timer for denne uge, mens du redigerede. Indlæs ugen igen.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours_export.py" line="190" />
      <source>Summary per person</source>
      <translation>Oversigt pr. person</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours_export.py" line="257" />
      <source>Target per week</source>
      <translation>Mål pr. uge</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours.py" line="293" />
      <source>The activity no longer belongs to this person's contract.</source>
      <translation>Aktiviteten hører ikke længere til borgerens kontrakt.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours_export.py" line="77" />
      <source>The last week comes before the first week.</source>
      <translation>Den sidste uge ligger før den første uge.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours_plan.py" line="199" />
      <source>The margin must be between 0 and 40 hours.</source>
      <translation>Margenen skal være mellem 0 og 40 timer.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours.py" line="290" />
      <source>The person no longer exists.</source>
      <translation>Borgeren findes ikke længere.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours_export.py" line="88" />
      <source>Week</source>
      <translation>Uge</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours_export.py" line="198" />
      <source>Weeks</source>
      <translation>Uger</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours_export.py" line="259" />
      <source>Weeks with absence without a valid reason</source>
      <translation>Uger med fravær uden gyldig grund</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours.py" line="256" />
      <source>Your role may read the hours but not record or approve them.</source>
      <translation>Din rolle må se timerne, men ikke registrere eller godkende dem.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours_export.py" line="132" />
      <source>no</source>
      <translation>nej</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours_history.py" line="174" />
      <source>week {weeks}, {year}</source>
      <translation>uge {weeks}, {year}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours_export.py" line="132" />
      <source>yes</source>
      <translation>ja</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours.py" line="320" />
      <source>{person}'s {week} is approved. Reopen it before changing the hours.</source>
      <translation>{week} er godkendt for {person}. Genåbn ugen, før timerne ændres.</translation>
    </message>
  </context>
  <context>
    <name>hours_import</name>
    <message>
      <location filename="../../integration_desk/services/hours_import.py" line="191" />
      <source>Absence needs a reason: syg, gyldig grund or uden gyldig grund.</source>
      <translation>Fravær kræver en årsag: syg, gyldig grund eller uden gyldig grund.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours_import.py" line="274" />
      <source>Absence without a valid reason according to the attendance list {file}</source>
      <translation>Fravær uden gyldig grund ifølge fremmødelisten {file}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours_import.py" line="178" />
      <source>Give the person's CPR number or immigration-service number.</source>
      <translation>Angiv borgerens CPR-nummer eller udlændingenummer (udl.-nr.).</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours_import.py" line="180" />
      <source>Give the week (2016-W12) or a date.</source>
      <translation>Angiv ugen (2016-W12) eller en dato.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours_import.py" line="220" />
      <source>No person with this number.</source>
      <translation>Ingen borger har dette nummer.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours_import.py" line="186" />
      <source>The date is not in the week given.</source>
      <translation>Datoen ligger ikke i den angivne uge.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours_import.py" line="233" />
      <source>The person's contract in force in week {week} has no such activity.</source>
      <translation>Borgerens gældende kontrakt i uge {week} har ikke denne aktivitet.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours_import.py" line="188" />
      <source>Unknown activity type.</source>
      <translation>Ukendt aktivitetstype.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours_import.py" line="266" />
      <source>Week {week}, {year} is approved for this person; reopen it first.</source>
      <translation>Uge {week}, {year} er godkendt for borgeren; genåbn den først.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours_import.py" line="114" />
      <source>Write the reason as syg, gyldig grund or uden gyldig grund.</source>
      <translation>Skriv årsagen som syg, gyldig grund eller uden gyldig grund.</translation>
    </message>
  </context>
  <context>
    <name>housing</name>
    <message>
      <location filename="../../integration_desk/services/housing_placement.py" line="35" />
      <source>1 bed</source>
      <translation>1 seng</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/housing_placement.py" line="31" />
      <source>1 person</source>
      <translation>1 person</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/housing_placement.py" line="101" />
      <source>A family lives together in one unit: choose a bigger room, or a unit with room for all of them.</source>
      <translation>En familie bor samlet i én bolig: vælg et større værelse eller en bolig med plads til dem alle.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/housing_register.py" line="62" />
      <source>A room has at least one bed.</source>
      <translation>Et værelse har mindst én seng.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/housing_register.py" line="337" />
      <source>A stay in room {room} has {persons} persons; the room needs at least as many beds.</source>
      <translation>Et ophold i værelse {room} har {persons} personer; værelset skal have mindst lige så mange senge.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/housing_register.py" line="56" />
      <source>At least one person must be able to share the kitchen and bath.</source>
      <translation>Mindst én person skal kunne dele køkken og bad.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/housing.py" line="171" />
      <source>At least one person must live in the room.</source>
      <translation>Der skal bo mindst én person i værelset.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/housing_register.py" line="355" />
      <source>Choose a reason.</source>
      <translation>Vælg en årsag.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/housing_allocations.py" line="404" />
      <source>Choose another room to move to.</source>
      <translation>Vælg et andet værelse at flytte til.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/housing_placement.py" line="122" />
      <source>Choose rooms with beds for the other {rest}.</source>
      <translation>Vælg værelser med senge til resten af familien ({rest}).</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/housing_allocations.py" line="207" />
      <source>Choose why the stay ends.</source>
      <translation>Vælg hvorfor opholdet slutter.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/housing.py" line="55" />
      <source>Days in period</source>
      <translation>Dage i perioden</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/housing_register.py" line="25" />
      <source>Enter a name.</source>
      <translation>Skriv et navn.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/housing_placement.py" line="176" />
      <source>Every person of {household} already has a bed {period}.</source>
      <translation>Alle personer i {household} har allerede seng {period}.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/housing.py" line="54" />
      <source>Household</source>
      <translation>Husstand</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/housing.py" line="55" />
      <source>Moving in</source>
      <translation>Indflytning</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/housing.py" line="55" />
      <source>Moving out</source>
      <translation>Fraflytning</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/housing_placement.py" line="98" />
      <source>No other room of {unit} is free {period} for the other {rest}.</source>
      <translation>Intet andet værelse i {unit} er ledigt {period} til resten af familien ({rest}).</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/housing.py" line="73" />
      <source>Per room per day</source>
      <translation>Pr. værelse pr. dag</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/housing.py" line="52" />
      <source>Per stay</source>
      <translation>Pr. ophold</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/housing.py" line="55" />
      <source>Person-days</source>
      <translation>Persondage</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/housing.py" line="54" />
      <source>Persons</source>
      <translation>Personer</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/housing.py" line="54" />
      <source>Room</source>
      <translation>Værelse</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/housing.py" line="174" />
      <source>Room {room} has 1 bed; {persons} persons do not fit.</source>
      <translation>Værelse {room} har 1 seng; der er ikke plads til {persons} personer.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/housing_register.py" line="159" />
      <source>Room {room} has a stay running past {date}; end or move it first.</source>
      <translation>Værelse {room} har et ophold, der løber efter {date}; afslut eller flyt det først.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/housing_register.py" line="130" />
      <source>Room {room} has had residents and cannot be deleted; retire it from a date instead.</source>
      <translation>Værelse {room} har haft beboere og kan ikke slettes; tag det i stedet ud af brug fra en dato.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/housing.py" line="176" />
      <source>Room {room} has {beds} beds; {persons} persons do not fit.</source>
      <translation>Værelse {room} har {beds} senge; der er ikke plads til {persons} personer.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/housing_register.py" line="368" />
      <source>Room {room} is allocated from {date} in that period; move the stay first.</source>
      <translation>Værelse {room} er anvist fra {date} i den periode; flyt opholdet først.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/housing.py" line="139" />
      <source>Room {room} is already allocated to {household} {period}.</source>
      <translation>Værelse {room} er allerede anvist til {household} {period}.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/housing.py" line="152" />
      <source>Room {room} is out of service {start} – {last}.</source>
      <translation>Værelse {room} er lukket {start} – {last}.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/housing.py" line="181" />
      <source>Room {room} is retired from {date}.</source>
      <translation>Værelse {room} er taget ud af brug fra {date}.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/housing.py" line="54" />
      <source>Site</source>
      <translation>Boligsted</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/housing_allocations.py" line="172" />
      <source>Someone else booked the room at the same time. Reload and try again.</source>
      <translation>En anden har booket værelset samtidig. Genindlæs og prøv igen.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/housing.py" line="55" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/housing_register.py" line="197" />
      <source>The closure no longer exists.</source>
      <translation>Lukningen findes ikke længere.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/housing_allocations.py" line="402" />
      <source>The day of the move must fall within the stay.</source>
      <translation>Flyttedagen skal ligge inden for opholdet.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/housing.py" line="252" />
      <source>The family is split across units: it also lives in {units}.</source>
      <translation>Familien bliver delt på flere enheder: den bor også i {units}.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/housing_placement.py" line="100" />
      <source>The free rooms of {unit} {period} have only {free} for the other {rest}.</source>
      <translation>De ledige værelser i {unit} {period} har kun {free} til resten af familien ({rest}).</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/housing.py" line="201" />
      <source>The household has {size} persons; with its other rooms in that period, {persons} more would house someone twice.</source>
      <translation>Husstanden har {size} personer; med dens andre værelser i perioden ville {persons} personer mere betyde, at nogen bor to steder.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/housing_allocations.py" line="119" />
      <source>The household no longer exists.</source>
      <translation>Husstanden findes ikke længere.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/housing_register.py" line="353" />
      <source>The last day must be on or after the first day.</source>
      <translation>Sidste dag skal ligge på eller efter første dag.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/housing_allocations.py" line="371" />
      <source>The moving-out day must come after the moving-in day ({date}).</source>
      <translation>Fraflytningsdagen skal ligge efter indflytningsdagen ({date}).</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/housing.py" line="34" />
      <source>The moving-out day must come after the moving-in day.</source>
      <translation>Fraflytningsdagen skal ligge efter indflytningsdagen.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/housing_export.py" line="24" />
      <source>The period must end on or after its first day.</source>
      <translation>Perioden skal slutte på eller efter sin første dag.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/housing_allocations.py" line="186" />
      <source>The room has fewer beds than the persons of the stay; someone may have just changed it. Reload and try again.</source>
      <translation>Værelset har færre senge end opholdets personer; en anden har måske lige ændret det. Genindlæs og prøv igen.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/housing_allocations.py" line="113" />
      <source>The room no longer exists.</source>
      <translation>Værelset findes ikke længere.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/housing_register.py" line="44" />
      <source>The site already has a unit called {name}.</source>
      <translation>Boligstedet har allerede en enhed med navnet {name}.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/housing_register.py" line="183" />
      <source>The site no longer exists.</source>
      <translation>Boligstedet findes ikke længere.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/housing_allocations.py" line="314" />
      <source>The stay no longer exists; someone may have removed it. Reload.</source>
      <translation>Opholdet findes ikke længere; måske har en anden slettet det. Genindlæs.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/housing_register.py" line="50" />
      <source>The unit already has a room called {name}.</source>
      <translation>Enheden har allerede et værelse med navnet {name}.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/housing_register.py" line="190" />
      <source>The unit no longer exists.</source>
      <translation>Enheden findes ikke længere.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/housing_register.py" line="38" />
      <source>There is already a site called {name}.</source>
      <translation>Der findes allerede et boligsted med navnet {name}.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/housing.py" line="63" />
      <source>Total</source>
      <translation>I alt</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/housing.py" line="54" />
      <source>Unit</source>
      <translation>Enhed</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/housing.py" line="75" />
      <source>Week</source>
      <translation>Uge</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/housing.py" line="125" />
      <source>from {start} (open)</source>
      <translation>fra {start} (uden slutdato)</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/housing_allocations.py" line="258" />
      <source>{household}: only {with_bed} of {size} persons have a bed on {date}; the household stays on the waiting list.</source>
      <translation>{household}: kun {with_bed} af {size} personer har seng den {date}; husstanden bliver på ventelisten.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/housing_register.py" line="82" />
      <source>{name} is out of use from {date}.</source>
      <translation>{name} er taget ud af brug fra {date}.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/housing_placement.py" line="35" />
      <source>{n} beds</source>
      <translation>{n} senge</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/housing_placement.py" line="31" />
      <source>{n} persons</source>
      <translation>{n} personer</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/housing_placement.py" line="94" />
      <source>{room} has room for {persons} of the {total} persons of {household}.</source>
      <translation>{room} har plads til {persons} af de {total} personer i {household}.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/housing_placement.py" line="76" />
      <source>{room} has room for {persons} of the {total} persons of {household}. Where do the other {rest} live {period}? The free rooms of {unit}:</source>
      <translation>{room} har plads til {persons} af de {total} personer i {household}. Hvor skal resten af familien ({rest}) bo {period}? De ledige værelser i {unit}:</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/housing.py" line="127" />
      <source>{start} – {last}</source>
      <translation>{start} – {last}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/housing.py" line="244" />
      <source>{unit}: {load} persons would share the kitchen and bath; the unit's limit is {limit}.</source>
      <translation>{unit}: {load} personer ville dele køkken og bad; enhedens grænse er {limit}.</translation>
    </message>
  </context>
  <context>
    <name>import</name>
    <message>
      <location filename="../../integration_desk/documents/xlsx_import.py" line="172" />
      <source>A value is required.</source>
      <translation>Feltet skal udfyldes.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/xlsx_import.py" line="214" />
      <source>Not a CPR number (DDMMYY-SSSS).</source>
      <translation>Ikke et CPR-nummer (DDMMÅÅ-SSSS).</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/xlsx_import.py" line="208" />
      <source>Not a date: write it as dd-mm-yyyy, dd.mm.yyyy or yyyy-mm-dd.</source>
      <translation>Ikke en dato: skriv den som dd-mm-åååå, dd.mm.åååå eller åååå-mm-dd.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/xlsx_import.py" line="231" />
      <source>Not a number of hours.</source>
      <translation>Ikke et antal timer.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/xlsx_import.py" line="251" />
      <source>Not a whole number.</source>
      <translation>Ikke et helt tal.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/xlsx_import.py" line="47" />
      <source>Sheet {sheet}, row {row}, column {column}: {message}</source>
      <translation>Ark {sheet}, række {row}, kolonne {column}: {message}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/xlsx_import.py" line="44" />
      <source>Sheet {sheet}, row {row}: {message}</source>
      <translation>Ark {sheet}, række {row}: {message}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/xlsx_import.py" line="42" />
      <source>Sheet {sheet}: {message}</source>
      <translation>Ark {sheet}: {message}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/xlsx_import.py" line="125" />
      <source>The column is missing.</source>
      <translation>Kolonnen mangler.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/xlsx_import.py" line="206" />
      <source>The date does not exist: {text}.</source>
      <translation>Datoen findes ikke: {text}.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/xlsx_import.py" line="104" />
      <source>The file cannot be read as an Excel workbook (.xlsx).</source>
      <translation>Filen kan ikke læses som en Excel-projektmappe (.xlsx).</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/xlsx_import.py" line="237" />
      <source>The hours must be between 0 and 168.</source>
      <translation>Timetallet skal være mellem 0 og 168.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/xlsx_import.py" line="60" />
      <source>The import was refused: {n} problem found; nothing was written.</source>
      <translation>Importen blev afvist: {n} problem fundet; intet blev skrevet.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/xlsx_import.py" line="61" />
      <source>The import was refused: {n} problems found; nothing was written.</source>
      <translation>Importen blev afvist: {n} problemer fundet; intet blev skrevet.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/xlsx_import.py" line="187" />
      <source>The text is longer than {n} characters.</source>
      <translation>Teksten er længere end {n} tegn.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/xlsx_import.py" line="114" />
      <source>The workbook has no sheet with this name.</source>
      <translation>Projektmappen har intet ark med dette navn.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/xlsx_import.py" line="266" />
      <source>Write ja or nej.</source>
      <translation>Skriv ja eller nej.</translation>
    </message>
  </context>
  <context>
    <name>import_arrivals</name>
    <message>
      <location filename="../../integration_desk/services/arrivals_import.py" line="349" />
      <source>A notice with this reference is already in the database.</source>
      <translation>Der findes allerede en meddelelse med denne reference i databasen.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/arrivals_import.py" line="360" />
      <source>A person with this CPR number is already in the database.</source>
      <translation>Der findes allerede en person med dette CPR-nummer i databasen.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/arrivals_import.py" line="380" />
      <source>A person with this udl.-nr. is already in the database.</source>
      <translation>Der findes allerede en person med dette udl.-nr. i databasen.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/arrivals_import.py" line="397" />
      <source>Checked: {notices} notices with {persons} persons can be imported; nothing was written.</source>
      <translation>Kontrolleret: {notices} meddelelser med {persons} personer kan importeres; intet er gemt.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/arrivals_import.py" line="401" />
      <source>Imported {notices} notices with {persons} persons.</source>
      <translation>{notices} meddelelser med {persons} personer er importeret.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/arrivals_import.py" line="175" />
      <source>The CPR number does not match the birth date.</source>
      <translation>CPR-nummeret passer ikke med fødselsdatoen.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/arrivals_import.py" line="180" />
      <source>The birth date is after the placement decision.</source>
      <translation>Fødselsdatoen ligger efter visitationsafgørelsen.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/arrivals_import.py" line="201" />
      <source>The household {household} has a different value here than in row {row}.</source>
      <translation>Husstanden {household} har en anden værdi her end i række {row}.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/arrivals_import.py" line="74" />
      <source>The import was cancelled; nothing was written.</source>
      <translation>Importen blev afbrudt; intet er gemt.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/arrivals_import.py" line="189" />
      <source>The reference is used by another household ({household}) in the file.</source>
      <translation>Referencen bruges af en anden husstand ({household}) i filen.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/arrivals_import.py" line="369" />
      <source>The same CPR number is in row {row}.</source>
      <translation>Det samme CPR-nummer står i række {row}.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/arrivals_import.py" line="389" />
      <source>The same udl.-nr. is in row {row}.</source>
      <translation>Det samme udl.-nr. står i række {row}.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/arrivals_import.py" line="106" />
      <source>Write K (female) or M (male).</source>
      <translation>Skriv K (kvinde) eller M (mand).</translation>
    </message>
  </context>
  <context>
    <name>labels</name>
    <message>
      <location filename="../../integration_desk/services/labels.py" line="18" />
      <source>Administrator</source>
      <translation>Administrator</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/labels.py" line="9" />
      <source>Arrived</source>
      <translation>Ankommet</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/labels.py" line="20" />
      <source>Caseworker</source>
      <translation>Sagsbehandler</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/labels.py" line="37" />
      <source>Danish classes</source>
      <translation>Danskuddannelse</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/labels.py" line="26" />
      <source>Draft</source>
      <translation>Kladde</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/labels.py" line="34" />
      <source>Ended</source>
      <translation>Afsluttet</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/labels.py" line="8" />
      <source>Expected</source>
      <translation>Forventet</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/labels.py" line="15" />
      <source>Family-reunified</source>
      <translation>Familiesammenført</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/labels.py" line="24" />
      <source>Female</source>
      <translation>Kvinde</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/labels.py" line="43" />
      <source>Guidance</source>
      <translation>Vejledning</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/labels.py" line="45" />
      <source>Health assessment</source>
      <translation>Helbredsvurdering</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/labels.py" line="21" />
      <source>Housing coordinator</source>
      <translation>Boligkoordinator</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/labels.py" line="40" />
      <source>IGU basic training</source>
      <translation>IGU (integrationsgrunduddannelse)</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/labels.py" line="41" />
      <source>Job training</source>
      <translation>Jobtræning</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/labels.py" line="24" />
      <source>Male</source>
      <translation>Mand</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/labels.py" line="44" />
      <source>Mentor</source>
      <translation>Mentor</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/labels.py" line="11" />
      <source>Moved away</source>
      <translation>Fraflyttet</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/labels.py" line="33" />
      <source>Occupied</source>
      <translation>Beboet</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/labels.py" line="46" />
      <source>Other</source>
      <translation>Andet</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/labels.py" line="10" />
      <source>Permanent home</source>
      <translation>Permanent bolig</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/labels.py" line="32" />
      <source>Planned</source>
      <translation>Planlagt</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/labels.py" line="14" />
      <source>Quota refugee</source>
      <translation>Kvoteflygtning</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/labels.py" line="22" />
      <source>Read-only</source>
      <translation>Kun læseadgang</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/labels.py" line="27" />
      <source>Ready for signing</source>
      <translation>Klar til underskrift</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/labels.py" line="28" />
      <source>Signed</source>
      <translation>Underskrevet</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/labels.py" line="29" />
      <source>Superseded</source>
      <translation>Erstattet</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/labels.py" line="19" />
      <source>Team lead</source>
      <translation>Teamleder</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/labels.py" line="42" />
      <source>Upskilling</source>
      <translation>Opkvalificering</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/labels.py" line="39" />
      <source>Wage subsidy job</source>
      <translation>Løntilskud</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/labels.py" line="38" />
      <source>Work placement</source>
      <translation>Virksomhedspraktik</translation>
    </message>
  </context>
  <context>
    <name>passwords</name>
    <message>
      <location filename="../../integration_desk/domain/passwords.py" line="27" />
      <source>The password must have at least {n} characters.</source>
      <translation>Adgangskoden skal have mindst {n} tegn.</translation>
    </message>
  </context>
  <context>
    <name>people</name>
    <message>
      <location filename="../../integration_desk/services/audit_log.py" line="320" />
      <source>The person no longer exists.</source>
      <translation>Borgeren findes ikke længere.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/people.py" line="75" />
      <source>The search text is too long.</source>
      <translation>Søgeteksten er for lang.</translation>
    </message>
  </context>
  <context>
    <name>progress</name>
    <message>
      <location filename="../../integration_desk/services/progress.py" line="24" />
      <source>Cancelled; nothing was written.</source>
      <translation>Annulleret; intet er skrevet.</translation>
    </message>
  </context>
  <context>
    <name>quota</name>
    <message>
      <location filename="../../integration_desk/domain/quota.py" line="57" />
      <source>A quota figure cannot be negative.</source>
      <translation>Et kvotetal kan ikke være negativt.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/db/keys.py" line="33" />
      <source>Someone else saved an overlapping quota period at the same time. Reload and try again.</source>
      <translation>En anden har samtidig gemt en kvoteperiode, der overlapper. Indlæs igen, og prøv igen.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/quota.py" line="74" />
      <source>The period must end after it starts.</source>
      <translation>Perioden skal slutte efter den begynder.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/quota.py" line="87" />
      <source>The period overlaps another quota period.</source>
      <translation>Perioden overlapper en anden kvoteperiode.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/quota.py" line="77" />
      <source>The quota must be a number of persons, 0 or more.</source>
      <translation>Kvoten skal være et antal personer, 0 eller flere.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/quota.py" line="95" />
      <source>The quota period no longer exists.</source>
      <translation>Kvoteperioden findes ikke længere.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/quota.py" line="81" />
      <source>{arrived} of {quota} arrived</source>
      <translation>{arrived} af {quota} ankommet</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/quota.py" line="87" />
      <source>{arrived} of {quota} arrived, {announced} announced, {remaining} remaining</source>
      <translation>{arrived} af {quota} ankommet, {announced} varslet, {remaining} tilbage</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/quota.py" line="76" />
      <source>{n} over the quota</source>
      <translation>{n} over kvoten</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/quota.py" line="100" />
      <source>{over}: {arrived} arrived and {announced} announced make {counted} of {quota}.</source>
      <translation>{over}: {arrived} ankommet og {announced} varslet giver {counted} af {quota}.</translation>
    </message>
  </context>
  <context>
    <name>reports</name>
    <message>
      <location filename="../../integration_desk/services/reports_people.py" line="222" />
      <source>(unknown)</source>
      <translation>(ukendt)</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/reports_programme.py" line="125" />
      <source>A room lived in by a household counts all its beds as used (one household per room). Person-days are the basis of the state's housing refund; the refund per day comes from the rule set.</source>
      <translation>Et værelse, som en husstand bor i, tæller med alle senge som brugt (én husstand pr. værelse). Persondøgn er grundlaget for statens refusion af boligudgifter; beløbet pr. døgn kommer fra regelsættet.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/reports_people.py" line="77" />
      <source>Announced</source>
      <translation>Varslet</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/reports.py" line="57" />
      <source>Arrivals by nationality and household</source>
      <translation>Ankomster efter nationalitet og husstand</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/reports_people.py" line="77" />
      <source>Arrived</source>
      <translation>Ankommet</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/reports_programme.py" line="246" />
      <source>Attended</source>
      <translation>Fremmødt</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/reports_programme.py" line="259" />
      <source>Attended h/week</source>
      <translation>Fremmødt t/uge</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/reports_programme.py" line="267" />
      <source>Averages per person per full week (holidays make a week shorter); a week belongs to the month of its Thursday. Credited hours are attended hours plus absence with a valid reason.</source>
      <translation>Gennemsnit pr. borger pr. hel uge (helligdage gør en uge kortere); en uge hører til den måned, dens torsdag ligger i. Godskrevne timer er fremmødte timer plus fravær med gyldig grund.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/reports_programme.py" line="392" />
      <source>Base grant: one event per person and month from the takeover date. Amounts from the rule set in force on each event's date; the rule set's amounts must be checked by an administrator.</source>
      <translation>Grundtilskud: én hændelse pr. borger og måned fra overtagelsesdatoen. Beløbene kommer fra det regelsæt, der gjaldt på hændelsens dato; en administrator skal kontrollere regelsættets beløb.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/reports_programme.py" line="118" />
      <source>Bed-days available</source>
      <translation>Sengedøgn til rådighed</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/reports_programme.py" line="118" />
      <source>Bed-days used</source>
      <translation>Sengedøgn brugt</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/report_xlsx.py" line="59" />
      <source>Category</source>
      <translation>Kategori</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/report_xlsx.py" line="58" />
      <source>Chart</source>
      <translation>Diagram</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/reports_people.py" line="191" />
      <source>Couple without children</source>
      <translation>Par uden børn</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/reports_programme.py" line="247" />
      <source>Credited</source>
      <translation>Godskrevet</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/reports_programme.py" line="260" />
      <source>Credited h/week</source>
      <translation>Godskrevet t/uge</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/reports_programme.py" line="110" />
      <source>Days</source>
      <translation>Døgn</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/reports_people.py" line="296" />
      <source>Days late, average</source>
      <translation>Dage for sent, gns.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/reports_people.py" line="296" />
      <source>Days late, most</source>
      <translation>Dage for sent, højst</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/reports_people.py" line="295" />
      <source>Deadline</source>
      <translation>Frist</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/reports_people.py" line="287" />
      <source>Deadlines</source>
      <translation>Frister</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/reports_people.py" line="301" />
      <source>Deadlines due in the period; overdue and not yet due as of {date}.</source>
      <translation>Frister, der udløb i perioden; overskredet og endnu ikke udløbet pr. {date}.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/reports.py" line="59" />
      <source>Deadlines met, late and overdue</source>
      <translation>Frister overholdt, for sent og overskredet</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/reports_people.py" line="295" />
      <source>Due in period</source>
      <translation>Udløb i perioden</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/reports_programme.py" line="387" />
      <source>Event</source>
      <translation>Hændelse</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/reports_programme.py" line="387" />
      <source>Events</source>
      <translation>Hændelser</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/reports_programme.py" line="380" />
      <source>Expected amount (kr.)</source>
      <translation>Forventet beløb (kr.)</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/reports_programme.py" line="119" />
      <source>Expected refund (kr.)</source>
      <translation>Forventet refusion (kr.)</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/reports_people.py" line="192" />
      <source>Family with children</source>
      <translation>Familie med børn</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/reports_people.py" line="78" />
      <source>Family-reunified</source>
      <translation>Familiesammenførte</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/report_xlsx.py" line="32" />
      <source>Filters</source>
      <translation>Filtre</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/reports_programme.py" line="251" />
      <source>Hours per week</source>
      <translation>Timer pr. uge</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/reports_people.py" line="295" />
      <source>Late</source>
      <translation>For sent</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/reports_people.py" line="77" />
      <source>Month</source>
      <translation>Måned</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/reports_people.py" line="191" />
      <source>Nationality</source>
      <translation>Nationalitet</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/reports_people.py" line="296" />
      <source>Not yet due</source>
      <translation>Ikke udløbet</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/report_pdf.py" line="34" />
      <source>Nothing to show in the period.</source>
      <translation>Intet at vise i perioden.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/reports_programme.py" line="119" />
      <source>Occupancy %</source>
      <translation>Belægning %</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/reports_people.py" line="295" />
      <source>On time</source>
      <translation>Til tiden</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/reports_people.py" line="78" />
      <source>Over the quota</source>
      <translation>Over kvoten</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/reports_people.py" line="296" />
      <source>Overdue now</source>
      <translation>Overskredet nu</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/report_xlsx.py" line="30" />
      <source>Period</source>
      <translation>Periode</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/report_pdf.py" line="94" />
      <source>Period: {first} – {last}</source>
      <translation>Periode: {first} – {last}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/reports_programme.py" line="119" />
      <source>Person-days</source>
      <translation>Persondøgn</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/reports_people.py" line="69" />
      <source>Persons</source>
      <translation>Personer</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/reports_programme.py" line="260" />
      <source>Persons below target</source>
      <translation>Borgere under målet</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/reports_people.py" line="84" />
      <source>Persons per month of arrival (announced: expected arrival). Family-reunified persons do not count against the quota.</source>
      <translation>Personer pr. ankomstmåned (varslede: forventet ankomst). Familiesammenførte tæller ikke med i kvoten.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/reports_people.py" line="197" />
      <source>Persons who arrived in the period, by the type of their household on arrival.</source>
      <translation>Personer, der ankom i perioden, efter husstandstype ved ankomsten.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/reports_programme.py" line="245" />
      <source>Planned</source>
      <translation>Planlagt</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/reports_programme.py" line="259" />
      <source>Planned h/week</source>
      <translation>Planlagt t/uge</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/reports.py" line="61" />
      <source>Programme hours against the target</source>
      <translation>Programtimer mod målet</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/reports_people.py" line="77" />
      <source>Quota</source>
      <translation>Kvote</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/reports.py" line="54" />
      <source>Quota: arrived, announced, remaining</source>
      <translation>Kvote: ankommet, varslet, tilbage</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/reports_people.py" line="78" />
      <source>Remaining</source>
      <translation>Tilbage</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/report_xlsx.py" line="27" />
      <source>Report</source>
      <translation>Rapport</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/reports_people.py" line="191" />
      <source>Single</source>
      <translation>Enlig</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/reports_programme.py" line="118" />
      <source>Site</source>
      <translation>Boligsted</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/reports.py" line="63" />
      <source>State funding events</source>
      <translation>Statslige tilskudshændelser</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/reports_programme.py" line="250" />
      <source>Target</source>
      <translation>Mål</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/reports_programme.py" line="260" />
      <source>Target h/week</source>
      <translation>Mål t/uge</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/reports.py" line="55" />
      <source>Temporary housing: occupancy</source>
      <translation>Midlertidige boliger: belægning</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/reports.py" line="159" />
      <source>The file must end in .xlsx or .pdf.</source>
      <translation>Filen skal ende på .xlsx eller .pdf.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/report_base.py" line="88" />
      <source>The period can be at most ten years.</source>
      <translation>Perioden kan højst være ti år.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/report_base.py" line="86" />
      <source>The period must end on or after its first day.</source>
      <translation>Perioden skal slutte på eller efter sin første dag.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/reports.py" line="88" />
      <source>There is no report called {name}.</source>
      <translation>Der findes ingen rapport ved navn {name}.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/reports_people.py" line="55" />
      <source>Total</source>
      <translation>I alt</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/reports_programme.py" line="261" />
      <source>Unexcused absence (h)</source>
      <translation>Fravær uden gyldig grund (t)</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/report_base.py" line="36" />
      <source>caseworker {name}</source>
      <translation>sagsbehandler {name}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/report_pdf.py" line="96" />
      <source>filters: {filters}</source>
      <translation>filtre: {filters}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/report_base.py" line="38" />
      <source>nationality {name}</source>
      <translation>nationalitet {name}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/report_base.py" line="34" />
      <source>site {name}</source>
      <translation>boligsted {name}</translation>
    </message>
  </context>
  <context>
    <name>retention</name>
    <message>
      <location filename="../../integration_desk/services/retention.py" line="168" />
      <source>Only cases closed longer than the retention period can be anonymised.</source>
      <translation>Kun sager, der har været afsluttet længere end opbevaringsperioden, kan anonymiseres.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/retention.py" line="109" />
      <source>The person has been anonymised.</source>
      <translation>Personen er anonymiseret.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/retention.py" line="107" />
      <source>The person no longer exists.</source>
      <translation>Personen findes ikke længere.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/retention.py" line="75" />
      <source>The retention period must be between {low} and {high} years.</source>
      <translation>Opbevaringsperioden skal være mellem {low} og {high} år.</translation>
    </message>
  </context>
  <context>
    <name>rules</name>
    <message>
      <location filename="../../integration_desk/services/rules.py" line="89" />
      <source>Another rule set already takes effect on {date}.</source>
      <translation>Et andet regelsæt træder allerede i kraft den {date}.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/rules.py" line="79" />
      <source>Give the rule set a name.</source>
      <translation>Giv regelsættet et navn.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/rules.py" line="101" />
      <source>The rule set no longer exists.</source>
      <translation>Regelsættet findes ikke længere.</translation>
    </message>
  </context>
  <context>
    <name>setup</name>
    <message>
      <location filename="../../integration_desk/services/setup.py" line="160" />
      <source>A database name is letters, digits, dashes and underscores, starting with a letter.</source>
      <translation>Et databasenavn består af bogstaver, cifre, bindestreger og understreger og begynder med et bogstav.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/setup.py" line="137" />
      <source>A new database will be created in this file.</source>
      <translation>Der oprettes en ny database i denne fil.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/setup.py" line="124" />
      <source>Choose the file for the database.</source>
      <translation>Vælg filen til databasen.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/setup.py" line="155" />
      <source>Enter the server's name or address.</source>
      <translation>Skriv serverens navn eller adresse.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/setup.py" line="164" />
      <source>Enter the user name for the set-up.</source>
      <translation>Skriv brugernavnet til opsætningen.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/setup.py" line="136" />
      <source>Integration Desk may not write in {folder}.</source>
      <translation>Integration Desk må ikke skrive i {folder}.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/setup.py" line="185" />
      <source>No connection to {host}:{port}. Check the server's name and port, and that it is running and lets this PC in.</source>
      <translation>Ingen forbindelse til {host}:{port}. Kontrollér serverens navn og port, og at den kører og lukker denne pc ind.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/setup.py" line="248" />
      <source>The connection works. The database is set up already and will be used.</source>
      <translation>Forbindelsen virker. Databasen er allerede sat op og bliver brugt.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/setup.py" line="250" />
      <source>The connection works. The database will be set up.</source>
      <translation>Forbindelsen virker. Databasen bliver sat op.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/setup.py" line="240" />
      <source>The connection works. The database {database} will be created.</source>
      <translation>Forbindelsen virker. Databasen {database} bliver oprettet.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/network_drive.py" line="81" />
      <source>The database file would be on {where}. Several PCs writing to one SQLite file can corrupt it. Choose a folder on this PC, or use a PostgreSQL team database.</source>
      <translation>Databasefilen ville ligge på {where}. Når flere pc'er skriver i samme SQLite-fil, kan den blive ødelagt. Vælg en mappe på denne pc, eller brug en fælles PostgreSQL-database.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/setup.py" line="384" />
      <source>The database refused to set up the roles (the set-up login must own the database and may create roles): {why}</source>
      <translation>Databasen afviste at oprette rollerne (opsætningens login skal eje databasen og må oprette roller): {why}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/setup.py" line="232" />
      <source>The database {database} does not exist and {user} may not create it. Ask IT to create it, or use a login that may.</source>
      <translation>Databasen {database} findes ikke, og {user} må ikke oprette den. Bed IT om at oprette den, eller brug et login, der må.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/setup.py" line="282" />
      <source>The file could not be read.</source>
      <translation>Filen kunne ikke læses.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/setup.py" line="146" />
      <source>The file holds a database that is set up already; it will be used.</source>
      <translation>Filen indeholder en database, der allerede er sat op; den bliver brugt.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/setup.py" line="147" />
      <source>The file will be set up as the database.</source>
      <translation>Filen bliver sat op som database.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/setup.py" line="157" />
      <source>The port is a number from 1 to 65535.</source>
      <translation>Porten er et tal fra 1 til 65535.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/setup.py" line="226" />
      <source>The server does not let {user} into the database {database}.</source>
      <translation>Serveren lukker ikke {user} ind i databasen {database}.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/setup.py" line="182" />
      <source>The server refused the user name or password ({user}).</source>
      <translation>Serveren afviste brugernavnet eller adgangskoden ({user}).</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/setup.py" line="266" />
      <source>The server refused to create the database {database}: {why}</source>
      <translation>Serveren afviste at oprette databasen {database}: {why}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/setup.py" line="405" />
      <source>The set-up failed in the database ({kind}); the connection was not saved.</source>
      <translation>Opsætningen mislykkedes i databasen ({kind}); forbindelsen blev ikke gemt.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/setup.py" line="312" />
      <source>The two passwords are not the same.</source>
      <translation>De to adgangskoder er ikke ens.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/setup.py" line="142" />
      <source>This file is not a database Integration Desk can open.</source>
      <translation>Filen er ikke en database, som Integration Desk kan åbne.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/setup.py" line="130" />
      <source>This is a folder; give the name of a file in it.</source>
      <translation>Det er en mappe; angiv navnet på en fil i den.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/network_drive.py" line="80" />
      <source>a network drive ({kind} at {point})</source>
      <translation>et netværksdrev ({kind} på {point})</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/network_drive.py" line="67" />
      <source>a network path ({path})</source>
      <translation>en netværkssti ({path})</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/network_drive.py" line="74" />
      <source>the network drive {drive}</source>
      <translation>netværksdrevet {drive}</translation>
    </message>
  </context>
  <context>
    <name>signin</name>
    <message>
      <location filename="../../integration_desk/services/signin.py" line="53" />
      <source>Too many failed sign-ins: the user is locked until {time}.</source>
      <translation>For mange mislykkede log ind: brugeren er spærret til kl. {time}.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/signin.py" line="47" />
      <source>Wrong user name or password.</source>
      <translation>Forkert brugernavn eller adgangskode.</translation>
    </message>
  </context>
  <context>
    <name>users</name>
    <message>
      <location filename="../../integration_desk/services/setup.py" line="304" />
      <source>A user name is 2-63 small letters, digits, dots, dashes or underscores, starting with a letter.</source>
      <translation>Et brugernavn er 2-63 små bogstaver, cifre, punktummer, bindestreger eller understregninger og begynder med et bogstav.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/users.py" line="81" />
      <source>Choose one of the roles.</source>
      <translation>Vælg en af rollerne.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/users.py" line="90" />
      <source>There is already a user called {name}.</source>
      <translation>Der findes allerede en bruger med navnet {name}.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/users.py" line="139" />
      <source>There is no user called {name}.</source>
      <translation>Der findes ingen bruger med navnet {name}.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/users.py" line="141" />
      <source>You cannot disable yourself.</source>
      <translation>Du kan ikke deaktivere dig selv.</translation>
    </message>
  </context>
</TS>
