<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK" sourcelanguage="en">
  <context>
    <name>CalendarView</name>
    <message>
      <location filename="../../integration_desk/ui/calendar/view.py" line="98" />
      <source>Agenda {first} – {last}</source>
      <translation>Dagsorden {first} – {last}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/calendar/view.py" line="119" />
      <source>Nothing this month.</source>
      <translation>Intet i denne måned.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/calendar/view.py" line="102" />
      <source>Public holiday: {name}</source>
      <translation>Helligdag: {name}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/calendar/view.py" line="110" />
      <source>{date} (wk. {week})  {title}</source>
      <translation>{date} (uge {week})  {title}</translation>
    </message>
  </context>
  <context>
    <name>ContractsView</name>
    <message>
      <location filename="../../integration_desk/ui/contracts/view.py" line="31" />
      <source>Activities</source>
      <translation>Aktiviteter</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/view.py" line="28" />
      <source>Concluded</source>
      <translation>Indgået</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/view.py" line="32" />
      <source>Hours/week (sum)</source>
      <translation>Timer/uge (i alt)</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/view.py" line="25" />
      <source>Person</source>
      <translation>Borger</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/view.py" line="30" />
      <source>Programme end</source>
      <translation>Programslut</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/view.py" line="29" />
      <source>Programme start</source>
      <translation>Programstart</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/view.py" line="27" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/view.py" line="26" />
      <source>Version</source>
      <translation>Version</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/contracts/view.py" line="45" />
      <source>{n} contracts (newest version per person).</source>
      <translation>{n} kontrakter (nyeste version pr. borger).</translation>
    </message>
  </context>
  <context>
    <name>Errors</name>
    <message>
      <location filename="../../integration_desk/ui/widgets/errors.py" line="31" />
      <source>Integration Desk</source>
      <translation>Integration Desk</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/widgets/errors.py" line="30" />
      <source>The connection to the database was lost. Nothing was saved; try again.</source>
      <translation>Forbindelsen til databasen blev afbrudt. Intet blev gemt; prøv igen.</translation>
    </message>
  </context>
  <context>
    <name>HoursView</name>
    <message>
      <location filename="../../integration_desk/ui/hours/view.py" line="31" />
      <source>Activity</source>
      <translation>Aktivitet</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/view.py" line="37" />
      <source>Approved</source>
      <translation>Godkendt</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/view.py" line="33" />
      <source>Attended</source>
      <translation>Fremmødt</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/view.py" line="49" />
      <source>Next week ▶</source>
      <translation>Næste uge ▶</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/view.py" line="36" />
      <source>No valid reason</source>
      <translation>Uden rimelig grund</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/view.py" line="38" />
      <source>Note</source>
      <translation>Bemærkning</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/view.py" line="30" />
      <source>Person</source>
      <translation>Borger</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/view.py" line="32" />
      <source>Planned</source>
      <translation>Planlagt</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/view.py" line="34" />
      <source>Sick</source>
      <translation>Syg</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/view.py" line="73" />
      <source>Total: planned {planned} h, attended {attended} h</source>
      <translation>I alt: planlagt {planned} t, fremmødt {attended} t</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/view.py" line="35" />
      <source>Valid reason</source>
      <translation>Rimelig grund</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/view.py" line="48" />
      <source>◀ Previous week</source>
      <translation>◀ Forrige uge</translation>
    </message>
  </context>
  <context>
    <name>HousingBoard</name>
    <message>
      <location filename="../../integration_desk/ui/housing/board.py" line="158" />
      <source>Out of service</source>
      <translation>Lukket</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/board.py" line="69" />
      <source>Suggestion: {label}</source>
      <translation>Forslag: {label}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/board.py" line="196" />
      <source>week {week}</source>
      <translation>uge {week}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/board.py" line="144" />
      <source>{room} ({beds} beds)</source>
      <translation>{room} ({beds} senge)</translation>
    </message>
  </context>
  <context>
    <name>HousingDialogs</name>
    <message>
      <location filename="../../integration_desk/ui/housing/dialogs.py" line="73" />
      <source>Allocate a room</source>
      <translation>Anvis værelse</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/dialogs.py" line="150" />
      <source>Day of the move:</source>
      <translation>Flyttedag:</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/dialogs.py" line="122" />
      <source>End the stay of {household}</source>
      <translation>Afslut opholdet for {household}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/dialogs.py" line="163" />
      <source>Export occupancy</source>
      <translation>Eksportér belægning</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/dialogs.py" line="167" />
      <source>From:</source>
      <translation>Fra:</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/dialogs.py" line="96" />
      <source>Household:</source>
      <translation>Husstand:</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/dialogs.py" line="87" />
      <source>Known moving-out day</source>
      <translation>Kendt fraflytningsdag</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/dialogs.py" line="146" />
      <source>Move {household} to another room</source>
      <translation>Flyt {household} til et andet værelse</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/dialogs.py" line="127" />
      <source>Moved away</source>
      <translation>Fraflyttet kommunen</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/dialogs.py" line="128" />
      <source>Moved room</source>
      <translation>Flyttet værelse</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/dialogs.py" line="99" />
      <source>Moving in:</source>
      <translation>Indflytning:</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/dialogs.py" line="133" />
      <source>Moving-out day:</source>
      <translation>Fraflytningsdag:</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/dialogs.py" line="151" />
      <source>New room:</source>
      <translation>Nyt værelse:</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/dialogs.py" line="126" />
      <source>Permanent home</source>
      <translation>Permanent bolig</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/dialogs.py" line="98" />
      <source>Persons in the room:</source>
      <translation>Personer i værelset:</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/dialogs.py" line="134" />
      <source>Reason:</source>
      <translation>Årsag:</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/dialogs.py" line="97" />
      <source>Room:</source>
      <translation>Værelse:</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/dialogs.py" line="168" />
      <source>To (included):</source>
      <translation>Til (med):</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/dialogs.py" line="78" />
      <source>{name} ({n} pers.)</source>
      <translation>{name} ({n} pers.)</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/dialogs.py" line="41" />
      <source>{site} — {unit} — {room} ({beds} beds)</source>
      <translation>{site} — {unit} — {room} ({beds} senge)</translation>
    </message>
  </context>
  <context>
    <name>HousingPanels</name>
    <message>
      <location filename="../../integration_desk/ui/housing/panels.py" line="27" />
      <source>Days where the persons announced to arrive by then, still without a room, exceed the free beds.</source>
      <translation>Dage hvor de personer, der er varslet til at ankomme inden da og endnu ikke har et værelse, er flere end de ledige senge.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/panels.py" line="54" />
      <source>Enough free beds for every announced arrival.</source>
      <translation>Der er ledige senge nok til alle varslede ankomster.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/panels.py" line="24" />
      <source>Too few free beds (next 90 days)</source>
      <translation>For få ledige senge (de næste 90 dage)</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/panels.py" line="42" />
      <source>{date} (week {week}): {waiting} persons waiting, {free} free beds</source>
      <translation>{date} (uge {week}): {waiting} personer venter, {free} ledige senge</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/panels.py" line="52" />
      <source>… and {n} more days</source>
      <translation>… og {n} dage mere</translation>
    </message>
  </context>
  <context>
    <name>HousingRegister</name>
    <message>
      <location filename="../../integration_desk/ui/housing/register.py" line="73" />
      <source>Address:</source>
      <translation>Adresse:</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/register.py" line="100" />
      <source>Beds:</source>
      <translation>Senge:</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/register.py" line="120" />
      <source>Cleaning</source>
      <translation>Rengøring</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/register.py" line="130" />
      <source>Close a room</source>
      <translation>Luk et værelse</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/register.py" line="63" />
      <source>Close a room for a period…</source>
      <translation>Luk et værelse i en periode…</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/register.py" line="126" />
      <source>First day:</source>
      <translation>Første dag:</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/register.py" line="127" />
      <source>Last day:</source>
      <translation>Sidste dag:</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/register.py" line="82" />
      <source>Most persons sharing kitchen and bath:</source>
      <translation>Højst antal personer om køkken og bad:</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/register.py" line="99" />
      <source>Name or number:</source>
      <translation>Navn eller nummer:</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/register.py" line="82" />
      <source>Name:</source>
      <translation>Navn:</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/register.py" line="103" />
      <source>New room</source>
      <translation>Nyt værelse</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/register.py" line="62" />
      <source>New room…</source>
      <translation>Nyt værelse…</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/register.py" line="73" />
      <source>New site</source>
      <translation>Nyt boligsted</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/register.py" line="60" />
      <source>New site…</source>
      <translation>Nyt boligsted…</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/register.py" line="84" />
      <source>New unit</source>
      <translation>Ny enhed</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/register.py" line="61" />
      <source>New unit…</source>
      <translation>Ny enhed…</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/register.py" line="83" />
      <source>Notes (e.g. ground floor, step-free):</source>
      <translation>Noter (fx stueetage, uden trin):</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/register.py" line="101" />
      <source>Notes:</source>
      <translation>Noter:</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/register.py" line="121" />
      <source>Other</source>
      <translation>Andet</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/register.py" line="140" />
      <source>Out of use from:</source>
      <translation>Ude af brug fra:</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/register.py" line="128" />
      <source>Reason:</source>
      <translation>Årsag:</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/register.py" line="57" />
      <source>Register</source>
      <translation>Register</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/register.py" line="119" />
      <source>Repair</source>
      <translation>Reparation</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/register.py" line="141" />
      <source>Retire a room</source>
      <translation>Tag et værelse ud af brug</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/register.py" line="64" />
      <source>Retire a room…</source>
      <translation>Tag et værelse ud af brug…</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/register.py" line="125" />
      <source>Room:</source>
      <translation>Værelse:</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/register.py" line="82" />
      <source>Site:</source>
      <translation>Boligsted:</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/register.py" line="98" />
      <source>Unit:</source>
      <translation>Enhed:</translation>
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
      <location filename="../../integration_desk/ui/housing/view.py" line="360" />
      <source>Accept suggestions</source>
      <translation>Godkend forslag</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/view.py" line="352" />
      <source>Accept this suggestion</source>
      <translation>Godkend dette forslag</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/view.py" line="124" />
      <source>Allocate a room…</source>
      <translation>Anvis værelse…</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/view.py" line="239" />
      <source>Allocate room</source>
      <translation>Anvis værelse</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/view.py" line="98" />
      <source>Blue: planned · green: living there · orange: moving out within 14 days · hatched: out of service · red mark: too few free beds</source>
      <translation>Blå: planlagt · grøn: bor der · orange: flytter inden for 14 dage · skraveret: lukket · rød markering: for få ledige senge</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/view.py" line="320" />
      <source>Delete stay</source>
      <translation>Slet ophold</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/view.py" line="264" />
      <source>Delete the stay</source>
      <translation>Slet opholdet</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/view.py" line="277" />
      <source>End stay</source>
      <translation>Afslut ophold</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/view.py" line="261" />
      <source>End the stay…</source>
      <translation>Afslut opholdet…</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/view.py" line="382" />
      <source>Export occupancy</source>
      <translation>Eksportér belægning</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/view.py" line="111" />
      <source>Export occupancy…</source>
      <translation>Eksportér belægning…</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/view.py" line="88" />
      <source>Month</source>
      <translation>Måned</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/view.py" line="209" />
      <source>Move stay</source>
      <translation>Flyt ophold</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/view.py" line="303" />
      <source>Move to another room</source>
      <translation>Flyt til andet værelse</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/view.py" line="262" />
      <source>Move to another room from a day…</source>
      <translation>Flyt til et andet værelse fra en dag…</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/view.py" line="337" />
      <source>No free rooms fit the waiting households.</source>
      <translation>Ingen ledige værelser passer til de ventende husstande.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/view.py" line="191" />
      <source>No household is waiting.</source>
      <translation>Ingen husstande venter.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/view.py" line="371" />
      <source>Note: {text}</source>
      <translation>Bemærk: {text}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/view.py" line="263" />
      <source>Open the household</source>
      <translation>Åbn husstanden</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/view.py" line="88" />
      <source>Quarter</source>
      <translation>Kvartal</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/view.py" line="133" />
      <source>Suggest rooms</source>
      <translation>Foreslå værelser</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/view.py" line="92" />
      <source>Today</source>
      <translation>I dag</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/view.py" line="130" />
      <source>Waiting for a room</source>
      <translation>Venter på værelse</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/view.py" line="88" />
      <source>Week</source>
      <translation>Uge</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/view.py" line="108" />
      <source>Zoom:</source>
      <translation>Zoom:</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/view.py" line="178" />
      <source>arrived</source>
      <translation>ankommet</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/view.py" line="178" />
      <source>expected</source>
      <translation>forventet</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/view.py" line="193" />
      <source>{first} – {last}: {rooms} rooms, {waiting} households waiting</source>
      <translation>{first} – {last}: {rooms} værelser, {waiting} husstande venter</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/view.py" line="180" />
      <source>{name} — {n} pers.
{state} {date}</source>
      <translation>{name} — {n} pers.
{state} {date}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/view.py" line="393" />
      <source>{stays} stays with {person_days} person-days written to {path}.</source>
      <translation>{stays} ophold med {person_days} persondage er gemt i {path}.</translation>
    </message>
  </context>
  <context>
    <name>Launch</name>
    <message>
      <location filename="../../integration_desk/ui/launch.py" line="58" />
      <source>Integration Desk cannot start</source>
      <translation>Integration Desk kan ikke starte</translation>
    </message>
  </context>
  <context>
    <name>MainWindow</name>
    <message>
      <location filename="../../integration_desk/ui/main_window.py" line="146" />
      <source>&amp;About Integration Desk</source>
      <translation>&amp;Om Integration Desk</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/main_window.py" line="124" />
      <source>&amp;File</source>
      <translation>&amp;Filer</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/main_window.py" line="145" />
      <source>&amp;Help</source>
      <translation>&amp;Hjælp</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/main_window.py" line="130" />
      <source>&amp;Quit</source>
      <translation>&amp;Afslut</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/main_window.py" line="140" />
      <source>&amp;Refresh</source>
      <translation>&amp;Opdater</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/main_window.py" line="125" />
      <source>&amp;Settings …</source>
      <translation>&amp;Indstillinger …</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/main_window.py" line="134" />
      <source>&amp;View</source>
      <translation>&amp;Vis</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/main_window.py" line="183" />
      <source>About Integration Desk</source>
      <translation>Om Integration Desk</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/main_window.py" line="39" />
      <source>Calendar</source>
      <translation>Kalender</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/main_window.py" line="42" />
      <source>Contracts</source>
      <translation>Kontrakter</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/main_window.py" line="79" />
      <source>Ctrl+{n}</source>
      <translation>Ctrl+{n}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/main_window.py" line="111" />
      <source>Database: {db}</source>
      <translation>Database: {db}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/main_window.py" line="43" />
      <source>Hours</source>
      <translation>Timer</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/main_window.py" line="40" />
      <source>Housing</source>
      <translation>Boliger</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/main_window.py" line="61" />
      <source>Integration Desk</source>
      <translation>Integration Desk</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/main_window.py" line="184" />
      <source>Integration Desk {version}
Arrivals, housing, contracts and programme hours.</source>
      <translation>Integration Desk {version}
Ankomster, boliger, kontrakter og programtimer.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/main_window.py" line="73" />
      <source>Opening the database …</source>
      <translation>Åbner databasen …</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/main_window.py" line="38" />
      <source>Overview</source>
      <translation>Overblik</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/main_window.py" line="44" />
      <source>Reports</source>
      <translation>Rapporter</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/main_window.py" line="41" />
      <source>Residents</source>
      <translation>Borgere</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/main_window.py" line="112" />
      <source>User: {name} ({role})</source>
      <translation>Bruger: {name} ({role})</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/main_window.py" line="110" />
      <source>not registered as a user</source>
      <translation>ikke oprettet som bruger</translation>
    </message>
  </context>
  <context>
    <name>OverviewView</name>
    <message>
      <location filename="../../integration_desk/ui/overview/panels.py" line="151" />
      <source>%v of %m arrived</source>
      <translation>%v af %m ankommet</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/overview/panels.py" line="93" />
      <source>Arrivals in the next 30 days</source>
      <translation>Ankomster de næste 30 dage</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/overview/panels.py" line="79" />
      <source>Deadlines this week</source>
      <translation>Frister i denne uge</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/overview/panels.py" line="101" />
      <source>NO ROOM YET</source>
      <translation>INTET VÆRELSE ENDNU</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/overview/panels.py" line="111" />
      <source>No arrivals announced.</source>
      <translation>Ingen varslede ankomster.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/overview/panels.py" line="85" />
      <source>No deadlines this week.</source>
      <translation>Ingen frister i denne uge.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/overview/panels.py" line="132" />
      <source>No quota period covers today.</source>
      <translation>Ingen kvoteperiode dækker i dag.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/overview/panels.py" line="72" />
      <source>Nothing overdue.</source>
      <translation>Intet er overskredet.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/overview/panels.py" line="67" />
      <source>Overdue deadlines</source>
      <translation>Overskredne frister</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/overview/view.py" line="64" />
      <source>Overview — {date}, week {week}</source>
      <translation>Overblik — {date}, uge {week}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/overview/panels.py" line="118" />
      <source>Quota</source>
      <translation>Kvote</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/overview/panels.py" line="158" />
      <source>Temporary housing today</source>
      <translation>Midlertidige boliger i dag</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/overview/panels.py" line="101" />
      <source>room planned</source>
      <translation>værelse planlagt</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/overview/panels.py" line="104" />
      <source>{n} pers.</source>
      <translation>{n} pers.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/overview/panels.py" line="170" />
      <source>{rooms} rooms with {beds} beds; {used} beds in use, {free} free.</source>
      <translation>{rooms} værelser med {beds} senge; {used} senge i brug, {free} ledige.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/overview/panels.py" line="137" />
      <source>{start} – {end}: quota {quota} persons; arrived {arrived}, announced {announced}, remaining {remaining}.</source>
      <translation>{start} – {end}: kvote {quota} personer; ankommet {arrived}, varslet {announced}, resterende {remaining}.</translation>
    </message>
  </context>
  <context>
    <name>PeopleView</name>
    <message>
      <location filename="../../integration_desk/ui/people/view.py" line="36" />
      <source>Caseworker</source>
      <translation>Sagsbehandler</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/view.py" line="39" />
      <source>Deadline</source>
      <translation>Frist</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/view.py" line="33" />
      <source>Household</source>
      <translation>Husstand</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/view.py" line="31" />
      <source>Name</source>
      <translation>Navn</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/view.py" line="32" />
      <source>Name (own script)</source>
      <translation>Navn (egen skrift)</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/view.py" line="34" />
      <source>Nationality</source>
      <translation>Nationalitet</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/view.py" line="38" />
      <source>Next deadline</source>
      <translation>Næste frist</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/view.py" line="49" />
      <source>Search name, household, udl.-nr. or CPR …</source>
      <translation>Søg navn, husstand, udl.-nr. eller CPR …</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/view.py" line="66" />
      <source>Search:</source>
      <translation>Søg:</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/view.py" line="35" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/view.py" line="37" />
      <source>Takeover</source>
      <translation>Overtagelse</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/view.py" line="87" />
      <source>{n} persons</source>
      <translation>{n} personer</translation>
    </message>
  </context>
  <context>
    <name>PersonDetail</name>
    <message>
      <location filename="../../integration_desk/ui/people/detail.py" line="110" />
      <source>(lives alone)</source>
      <translation>(bor alene)</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/detail.py" line="60" />
      <source>Arrived as</source>
      <translation>Ankommet som</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/detail.py" line="53" />
      <source>Birth date</source>
      <translation>Fødselsdato</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/detail.py" line="57" />
      <source>CPR number</source>
      <translation>CPR-nummer</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/detail.py" line="61" />
      <source>Caseworker</source>
      <translation>Sagsbehandler</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/detail.py" line="38" />
      <source>Choose a person in the list.</source>
      <translation>Vælg en borger på listen.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/detail.py" line="79" />
      <source>Deadlines</source>
      <translation>Frister</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/detail.py" line="63" />
      <source>Household</source>
      <translation>Husstand</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/detail.py" line="73" />
      <source>Household members</source>
      <translation>Husstandens medlemmer</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/detail.py" line="56" />
      <source>Languages</source>
      <translation>Sprog</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/detail.py" line="55" />
      <source>Nationality</source>
      <translation>Nationalitet</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/detail.py" line="126" />
      <source>No deadlines (not arrived yet, or under 18).</source>
      <translation>Ingen frister (endnu ikke ankommet eller under 18 år).</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/detail.py" line="50" />
      <source>Person</source>
      <translation>Borger</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/detail.py" line="64" />
      <source>Relation</source>
      <translation>Relation</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/detail.py" line="54" />
      <source>Sex</source>
      <translation>Køn</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/detail.py" line="59" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/detail.py" line="62" />
      <source>Takeover date</source>
      <translation>Overtagelsesdato</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/detail.py" line="58" />
      <source>Udl.-nr.</source>
      <translation>Udl.-nr.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/detail.py" line="114" />
      <source>done {date}</source>
      <translation>udført {date}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/detail.py" line="98" />
      <source>not assigned yet</source>
      <translation>endnu ikke tildelt</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/detail.py" line="118" />
      <source>open</source>
      <translation>åben</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/detail.py" line="116" />
      <source>overdue</source>
      <translation>overskredet</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/people/detail.py" line="92" />
      <source>{age} years</source>
      <translation>{age} år</translation>
    </message>
  </context>
  <context>
    <name>ReportsView</name>
    <message>
      <location filename="../../integration_desk/ui/reports/view.py" line="32" />
      <source>Arrivals per month (by actual or expected arrival date)</source>
      <translation>Ankomster pr. måned (efter faktisk eller forventet ankomstdato)</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/reports/view.py" line="27" />
      <source>Family-reunified</source>
      <translation>Familiesammenførte</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/reports/view.py" line="24" />
      <source>Month</source>
      <translation>Måned</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/reports/view.py" line="26" />
      <source>Quota persons announced</source>
      <translation>Kvotepersoner varslet</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/reports/view.py" line="25" />
      <source>Quota persons arrived</source>
      <translation>Kvotepersoner ankommet</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../../integration_desk/ui/settings_dialog.py" line="38" />
      <source>A team sharing one database must use PostgreSQL (postgresql://user@server/database). Never put a SQLite file on a network drive: several PCs writing to it can corrupt it. Leave the field empty to use SQLite on this PC only.</source>
      <translation>Et team, der deler én database, skal bruge PostgreSQL (postgresql://bruger@server/database). Læg aldrig en SQLite-fil på et netværksdrev: flere pc'er, der skriver i den, kan ødelægge den. Lad feltet stå tomt for kun at bruge SQLite på denne pc.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/settings_dialog.py" line="53" />
      <source>Database address</source>
      <translation>Databaseadresse</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/settings_dialog.py" line="47" />
      <source>In use now: {db}</source>
      <translation>I brug nu: {db}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/settings_dialog.py" line="54" />
      <source>Language</source>
      <translation>Sprog</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/settings_dialog.py" line="81" />
      <source>Saved. The changes take effect when Integration Desk is started again.</source>
      <translation>Gemt. Ændringerne træder i kraft, når Integration Desk startes igen.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/settings_dialog.py" line="29" />
      <source>Settings</source>
      <translation>Indstillinger</translation>
    </message>
  </context>
  <context>
    <name>calendar</name>
    <message>
      <location filename="../../integration_desk/services/arrivals.py" line="57" />
      <source>Arrived: {household}</source>
      <translation>Ankommet: {household}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/arrivals.py" line="65" />
      <source>Expected: {household}</source>
      <translation>Forventet: {household}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/arrivals.py" line="73" />
      <source>Visit to asylum centre: {household}</source>
      <translation>Besøg på asylcenter: {household}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/arrivals.py" line="51" />
      <source>{household} ({n} pers.)</source>
      <translation>{household} ({n} pers.)</translation>
    </message>
  </context>
  <context>
    <name>cli</name>
    <message>
      <location filename="../../integration_desk/commands/core.py" line="43" />
      <source>(empty database)</source>
      <translation>(tom database)</translation>
    </message>
    <message>
      <location filename="../../integration_desk/commands/housing.py" line="44" />
      <source>Cannot write the file {path}.</source>
      <translation>Kan ikke skrive filen {path}.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/commands/core.py" line="81" />
      <source>Cannot write the picture to {path}.</source>
      <translation>Kan ikke skrive billedet til {path}.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/commands/core.py" line="58" />
      <source>Demo data added: {persons} persons in {households} households, {rooms} rooms, {contracts} contracts, {hours} hour entries. Demo date: {today}.</source>
      <translation>Demodata tilføjet: {persons} personer i {households} husstande, {rooms} værelser, {contracts} kontrakter, {hours} timeregistreringer. Demodato: {today}.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/commands/core.py" line="55" />
      <source>The database already holds data; the demo data was not added and nothing changed.</source>
      <translation>Databasen indeholder allerede data; demodata blev ikke tilføjet, og intet blev ændret.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/commands/core.py" line="40" />
      <source>The database is at schema {revision}.</source>
      <translation>Databasen har skemaversion {revision}.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/cli.py" line="42" />
      <source>not a date in the form YYYY-MM-DD: {text}</source>
      <translation>ikke en dato på formen ÅÅÅÅ-MM-DD: {text}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/cli.py" line="49" />
      <source>not a size such as 1600x1000: {text}</source>
      <translation>ikke en størrelse som 1600x1000: {text}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/commands/housing.py" line="46" />
      <source>{stays} stays, {person_days} person-days: {path}</source>
      <translation>{stays} ophold, {person_days} persondage: {path}</translation>
    </message>
  </context>
  <context>
    <name>db</name>
    <message>
      <location filename="../../integration_desk/services/database.py" line="37" />
      <source>A SQLite file on a network drive is unsafe when several PCs write to it. Use PostgreSQL for a shared team database.</source>
      <translation>En SQLite-fil på et netværksdrev er usikker, når flere pc'er skriver i den. Brug PostgreSQL til en fælles teamdatabase.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/db/migrate.py" line="50" />
      <source>Cannot reach the database ({where}). Check the address and that the server is running.</source>
      <translation>Kan ikke få forbindelse til databasen ({where}). Kontrollér adressen, og at serveren kører.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/db/uow.py" line="23" />
      <source>Someone else saved this record while you were editing it. Reload and try again.</source>
      <translation>En anden har gemt denne post, mens du redigerede den. Indlæs igen, og prøv igen.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/db/engine.py" line="25" />
      <source>The database address is not a valid URL: {url}</source>
      <translation>Databaseadressen er ikke en gyldig URL: {url}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/db/migrate.py" line="77" />
      <source>The database was made by a newer version of Integration Desk (schema {revision}). Install the newer version; this one will not change it.</source>
      <translation>Databasen er lavet af en nyere version af Integration Desk (skema {revision}). Installér den nyere version; denne version ændrer den ikke.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/db/migrate.py" line="66" />
      <source>This is not a database Integration Desk can open ({where}).</source>
      <translation>Dette er ikke en database, Integration Desk kan åbne ({where}).</translation>
    </message>
    <message>
      <location filename="../../integration_desk/db/engine.py" line="33" />
      <source>Unsupported database type “{backend}”: use sqlite:/// or postgresql://</source>
      <translation>Databasetypen »{backend}« understøttes ikke: brug sqlite:/// eller postgresql://</translation>
    </message>
  </context>
  <context>
    <name>domain</name>
    <message>
      <location filename="../../integration_desk/domain/deadlines.py" line="41" />
      <source>Contract due</source>
      <translation>Kontrakt senest</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/cpr.py" line="58" />
      <source>Enter the CPR number as DDMMYY-SSSS (10 digits).</source>
      <translation>Skriv CPR-nummeret som DDMMÅÅ-SSSS (10 cifre).</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/weeks.py" line="48" />
      <source>Enter the week as YYYY-Www, for example 2016-W12.</source>
      <translation>Skriv ugen som år og ugenummer, fx 2016-W12.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/deadlines.py" line="45" />
      <source>First offer due</source>
      <translation>Første tilbud senest</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/deadlines.py" line="47" />
      <source>Health assessment due</source>
      <translation>Helbredsvurdering senest</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/rules.py" line="138" />
      <source>No rule set is in force on {date}.</source>
      <translation>Der er intet regelsæt i kraft den {date}.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/deadlines.py" line="49" />
      <source>Programme ends</source>
      <translation>Programmet slutter</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/deadlines.py" line="43" />
      <source>Referral to Danish classes due</source>
      <translation>Henvisning til danskuddannelse senest</translation>
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
      <location filename="../../integration_desk/domain/people.py" line="27" />
      <source>The date of birth cannot be after {date}.</source>
      <translation>Fødselsdatoen kan ikke ligge efter {date}.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/rules.py" line="55" />
      <source>The default programme length must be between 1 month and the maximum length.</source>
      <translation>Programmets standardlængde skal være mellem 1 måned og den maksimale længde.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/deadlines.py" line="87" />
      <source>The programme must last between 1 and {max} months.</source>
      <translation>Programmet skal vare mellem 1 og {max} måneder.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/rules.py" line="68" />
      <source>The value cannot be negative.</source>
      <translation>Værdien må ikke være negativ.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/weeks.py" line="33" />
      <source>Week {week} does not exist in {year}.</source>
      <translation>Uge {week} findes ikke i {year}.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/weeks.py" line="78" />
      <source>week {week}, {year}</source>
      <translation>uge {week}, {year}</translation>
    </message>
  </context>
  <context>
    <name>housing</name>
    <message>
      <location filename="../../integration_desk/services/housing_register.py" line="54" />
      <source>A room has at least one bed.</source>
      <translation>Et værelse har mindst én seng.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/housing_register.py" line="41" />
      <source>At least one person must be able to share the kitchen and bath.</source>
      <translation>Mindst én person skal kunne dele køkken og bad.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/housing.py" line="170" />
      <source>At least one person must live in the room.</source>
      <translation>Der skal bo mindst én person i værelset.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/housing_register.py" line="125" />
      <source>Choose a reason.</source>
      <translation>Vælg en årsag.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/housing_allocations.py" line="246" />
      <source>Choose another room to move to.</source>
      <translation>Vælg et andet værelse at flytte til.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/housing_allocations.py" line="180" />
      <source>Choose why the stay ends.</source>
      <translation>Vælg hvorfor opholdet slutter.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/housing.py" line="24" />
      <source>Days in period</source>
      <translation>Dage i perioden</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/housing_register.py" line="24" />
      <source>Enter a name.</source>
      <translation>Skriv et navn.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/housing.py" line="23" />
      <source>Household</source>
      <translation>Husstand</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/housing.py" line="24" />
      <source>Moving in</source>
      <translation>Indflytning</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/housing.py" line="24" />
      <source>Moving out</source>
      <translation>Fraflytning</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/housing.py" line="42" />
      <source>Per room per day</source>
      <translation>Pr. værelse pr. dag</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/housing.py" line="21" />
      <source>Per stay</source>
      <translation>Pr. ophold</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/housing.py" line="24" />
      <source>Person-days</source>
      <translation>Persondage</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/housing.py" line="23" />
      <source>Persons</source>
      <translation>Personer</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/housing.py" line="23" />
      <source>Room</source>
      <translation>Værelse</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/housing_register.py" line="107" />
      <source>Room {room} has a stay running past {date}; end or move it first.</source>
      <translation>Værelse {room} har et ophold, der løber efter {date}; afslut eller flyt det først.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/housing_register.py" line="81" />
      <source>Room {room} has had residents and cannot be deleted; retire it from a date instead.</source>
      <translation>Værelse {room} har haft beboere og kan ikke slettes; tag det i stedet ud af brug fra en dato.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/housing.py" line="173" />
      <source>Room {room} has {beds} beds; {persons} persons do not fit.</source>
      <translation>Værelse {room} har {beds} senge; der er ikke plads til {persons} personer.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/housing_register.py" line="137" />
      <source>Room {room} is allocated from {date} in that period; move the stay first.</source>
      <translation>Værelse {room} er anvist fra {date} i den periode; flyt opholdet først.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/housing.py" line="138" />
      <source>Room {room} is already allocated to {household} {period}.</source>
      <translation>Værelse {room} er allerede anvist til {household} {period}.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/housing.py" line="151" />
      <source>Room {room} is out of service {start} – {last}.</source>
      <translation>Værelse {room} er lukket {start} – {last}.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/housing.py" line="180" />
      <source>Room {room} is retired from {date}.</source>
      <translation>Værelse {room} er taget ud af brug fra {date}.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/housing.py" line="23" />
      <source>Site</source>
      <translation>Boligsted</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/housing_allocations.py" line="152" />
      <source>Someone else booked the room at the same time. Reload and try again.</source>
      <translation>En anden har booket værelset samtidig. Genindlæs og prøv igen.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/housing.py" line="24" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/housing_allocations.py" line="244" />
      <source>The day of the move must fall within the stay.</source>
      <translation>Flyttedagen skal ligge inden for opholdet.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/housing.py" line="250" />
      <source>The family is split across units: it also lives in {units}.</source>
      <translation>Familien bliver delt på flere enheder: den bor også i {units}.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/housing.py" line="197" />
      <source>The household has {size} persons; with its other rooms in that period, {persons} more would house someone twice.</source>
      <translation>Husstanden har {size} personer; med dens andre værelser i perioden ville {persons} personer mere betyde, at nogen bor to steder.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/housing_allocations.py" line="99" />
      <source>The household no longer exists.</source>
      <translation>Husstanden findes ikke længere.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/housing_register.py" line="123" />
      <source>The last day must be on or after the first day.</source>
      <translation>Sidste dag skal ligge på eller efter første dag.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/housing_allocations.py" line="225" />
      <source>The moving-out day must come after the moving-in day ({date}).</source>
      <translation>Fraflytningsdagen skal ligge efter indflytningsdagen ({date}).</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/housing.py" line="33" />
      <source>The moving-out day must come after the moving-in day.</source>
      <translation>Fraflytningsdagen skal ligge efter indflytningsdagen.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/housing_export.py" line="54" />
      <source>The period must end on or after its first day.</source>
      <translation>Perioden skal slutte på eller efter sin første dag.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/housing_allocations.py" line="95" />
      <source>The room no longer exists.</source>
      <translation>Værelset findes ikke længere.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/housing_allocations.py" line="201" />
      <source>The stay no longer exists; someone may have removed it. Reload.</source>
      <translation>Opholdet findes ikke længere; måske har en anden slettet det. Genindlæs.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/housing.py" line="32" />
      <source>Total</source>
      <translation>I alt</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/housing.py" line="23" />
      <source>Unit</source>
      <translation>Enhed</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/housing.py" line="44" />
      <source>Week</source>
      <translation>Uge</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/housing.py" line="124" />
      <source>from {start} (open)</source>
      <translation>fra {start} (uden slutdato)</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/housing.py" line="126" />
      <source>{start} – {last}</source>
      <translation>{start} – {last}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/housing.py" line="242" />
      <source>{unit}: {load} persons would share the kitchen and bath; the unit's limit is {limit}.</source>
      <translation>{unit}: {load} personer ville dele køkken og bad; enhedens grænse er {limit}.</translation>
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
    <name>people</name>
    <message>
      <location filename="../../integration_desk/services/people.py" line="154" />
      <source>The person no longer exists.</source>
      <translation>Borgeren findes ikke længere.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/people.py" line="72" />
      <source>The search text is too long.</source>
      <translation>Søgeteksten er for lang.</translation>
    </message>
  </context>
</TS>
