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
    <name>HoursCompliance</name>
    <message>
      <location filename="../../integration_desk/ui/hours/compliance.py" line="85" />
      <source>Averages count attended hours plus absence with a valid reason (sickness included) per full week; public holidays make a week shorter. Averages run to the last week chosen. Double-click a person to see all weeks.</source>
      <translation>Gennemsnittene tæller fremmødte timer plus fravær med gyldig grund (sygdom medregnet) pr. hel uge; helligdage gør en uge kortere. Gennemsnittene går til og med den sidst valgte uge. Dobbeltklik på en borger for at se alle uger.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/compliance.py" line="53" />
      <source>Caseworker</source>
      <translation>Sagsbehandler</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/compliance.py" line="135" />
      <source>Export compliance</source>
      <translation>Eksportér overholdelse</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/compliance.py" line="49" />
      <source>Export to Excel…</source>
      <translation>Eksportér til Excel …</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/compliance.py" line="77" />
      <source>From:</source>
      <translation>Fra:</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/compliance.py" line="64" />
      <source>Hours without valid reason</source>
      <translation>Timer uden gyldig grund</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/compliance.py" line="60" />
      <source>Last 4 weeks</source>
      <translation>Seneste 4 uger</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/compliance.py" line="52" />
      <source>Person</source>
      <translation>Borger</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/compliance.py" line="55" />
      <source>Programme average</source>
      <translation>Gennemsnit i programmet</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/compliance.py" line="47" />
      <source>Show</source>
      <translation>Vis</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/compliance.py" line="62" />
      <source>Target</source>
      <translation>Mål</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/compliance.py" line="79" />
      <source>To:</source>
      <translation>Til:</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/compliance.py" line="118" />
      <source>Week {first} – week {last}: {n} residents need attention.</source>
      <translation>Uge {first} – uge {last}: {n} borgere kræver opmærksomhed.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/compliance.py" line="68" />
      <source>Weeks with such absence</source>
      <translation>Uger med sådant fravær</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/compliance.py" line="144" />
      <source>{n} residents written to the file.</source>
      <translation>{n} borgere skrevet til filen.</translation>
    </message>
  </context>
  <context>
    <name>HoursHistory</name>
    <message>
      <location filename="../../integration_desk/ui/hours/history.py" line="102" />
      <source>Attended</source>
      <translation>Fremmødt</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/history.py" line="101" />
      <source>Attended + absence with reason</source>
      <translation>Fremmødt + fravær med grund</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/history.py" line="125" />
      <source>Hours</source>
      <translation>Timer</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/history.py" line="99" />
      <source>Hours per week</source>
      <translation>Timer pr. uge</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/history.py" line="75" />
      <source>No absence without a valid reason.</source>
      <translation>Intet fravær uden gyldig grund.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/history.py" line="62" />
      <source>No week below target.</source>
      <translation>Ingen uger under målet.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/history.py" line="100" />
      <source>Planned</source>
      <translation>Planlagt</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/history.py" line="40" />
      <source>Programme hours: {person}</source>
      <translation>Programtimer: {person}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/history.py" line="121" />
      <source>Programme week</source>
      <translation>Uge i programmet</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/history.py" line="103" />
      <source>Running average</source>
      <translation>Løbende gennemsnit</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/history.py" line="104" />
      <source>Target</source>
      <translation>Mål</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/history.py" line="31" />
      <source>Week {week}, {year}: credited {credited} of {target} h</source>
      <translation>Uge {week}, {year}: {credited} af {target} timer godskrevet</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/history.py" line="67" />
      <source>Week {week}, {year}: {hours} h without a valid reason — {note}</source>
      <translation>Uge {week}, {year}: {hours} timer uden gyldig grund — {note}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/history.py" line="78" />
      <source>Weeks below target</source>
      <translation>Uger under målet</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/history.py" line="79" />
      <source>Weeks with absence without a valid reason</source>
      <translation>Uger med fravær uden gyldig grund</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/history.py" line="43" />
      <source>{weeks} weeks recorded. Programme average {average} h/week, last 4 weeks {recent} h/week; target {target} h/week. Credited hours are attended hours plus absence with a reason; holiday weeks count as part of a week.</source>
      <translation>{weeks} uger registreret. Gennemsnit i programmet {average} t/uge, seneste 4 uger {recent} t/uge; mål {target} t/uge. Godskrevne timer er fremmødte timer plus fravær med grund; uger med helligdage tæller som en del af en uge.</translation>
    </message>
  </context>
  <context>
    <name>HoursPanel</name>
    <message>
      <location filename="../../integration_desk/ui/hours/panel.py" line="54" />
      <source>Everyone is on target.</source>
      <translation>Alle er på målet.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/panel.py" line="26" />
      <source>Programme hours below 37 h/week or unexcused absence</source>
      <translation>Programtimer under 37 t/uge eller fravær uden gyldig grund</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/panel.py" line="39" />
      <source>average {average}, last 4 weeks {recent} h</source>
      <translation>gennemsnit {average}, seneste 4 uger {recent} t</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/panel.py" line="46" />
      <source>{hours} h without valid reason</source>
      <translation>{hours} t uden gyldig grund</translation>
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
      <location filename="../../integration_desk/ui/hours/view.py" line="155" />
      <source>Activity:</source>
      <translation>Aktivitet:</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/view.py" line="96" />
      <source>All activities</source>
      <translation>Alle aktiviteter</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/view.py" line="189" />
      <source>All caseworkers</source>
      <translation>Alle sagsbehandlere</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/view.py" line="193" />
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
      <location filename="../../integration_desk/ui/hours/view.py" line="356" />
      <source>Attended plus absence may exceed the planned hours by at most (hours):</source>
      <translation>Fremmøde plus fravær må højst overstige de planlagte timer med (timer):</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/grid_model.py" line="322" />
      <source>Avg. {average} h/week; last 4 weeks {recent}; target {target}</source>
      <translation>Gns. {average} t/uge; 4 uger {recent}; mål {target}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/view.py" line="151" />
      <source>Caseworker:</source>
      <translation>Sagsbehandler:</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/view.py" line="372" />
      <source>Choose a row of the person first.</source>
      <translation>Vælg først en række for borgeren.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/view.py" line="177" />
      <source>Compliance (37 hours)</source>
      <translation>Overholdelse (37 timer)</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/view.py" line="113" />
      <source>Copy last week</source>
      <translation>Kopiér sidste uge</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/view.py" line="291" />
      <source>Correct the marked cells first:</source>
      <translation>Ret først de markerede celler:</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/view.py" line="114" />
      <source>Fill in the hours the way they were recorded last week</source>
      <translation>Udfyld timerne, som de blev registreret i sidste uge</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/view.py" line="290" />
      <source>Hours not saved</source>
      <translation>Timerne er ikke gemt</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/view.py" line="124" />
      <source>How many hours attended plus absence may exceed the planned hours (team setting)</source>
      <translation>Hvor mange timer fremmøde plus fravær må overstige de planlagte timer (fælles indstilling for teamet)</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/view.py" line="317" />
      <source>Last week has nothing that differs from this week.</source>
      <translation>Sidste uge har intet, der adskiller sig fra denne uge.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/view.py" line="117" />
      <source>Lock the week of the selected persons (all shown when none is selected)</source>
      <translation>Lås ugen for de valgte borgere (alle viste, når ingen er valgt)</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/view.py" line="355" />
      <source>Margin</source>
      <translation>Margen</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/view.py" line="122" />
      <source>Margin…</source>
      <translation>Margen …</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/view.py" line="84" />
      <source>Next week (Alt+Right)</source>
      <translation>Næste uge (Alt+Højre)</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/view.py" line="82" />
      <source>Next ▶</source>
      <translation>Næste ▶</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/grid_model.py" line="79" />
      <source>No valid reason</source>
      <translation>Uden rimelig grund</translation>
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
      <location filename="../../integration_desk/ui/hours/view.py" line="372" />
      <source>Person's history</source>
      <translation>Borgerens forløb</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/view.py" line="121" />
      <source>Person's history…</source>
      <translation>Borgerens forløb …</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/view.py" line="90" />
      <source>Pick a date to show its week</source>
      <translation>Vælg en dato for at se dens uge</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/grid_model.py" line="75" />
      <source>Planned</source>
      <translation>Planlagt</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/view.py" line="83" />
      <source>Previous week (Alt+Left)</source>
      <translation>Forrige uge (Alt+Venstre)</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/view.py" line="341" />
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
      <location filename="../../integration_desk/ui/hours/view.py" line="153" />
      <source>Site:</source>
      <translation>Boligsted:</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/grid_model.py" line="81" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/view.py" line="257" />
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
      <location filename="../../integration_desk/ui/hours/view.py" line="256" />
      <source>Unsaved hours</source>
      <translation>Timer ikke gemt</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/grid_model.py" line="78" />
      <source>Valid reason</source>
      <translation>Rimelig grund</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/view.py" line="176" />
      <source>Week</source>
      <translation>Uge</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/view.py" line="342" />
      <source>Why is {week} reopened? The reason is kept in the audit log.</source>
      <translation>Hvorfor genåbnes {week}? Begrundelsen gemmes i loggen.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/view.py" line="61" />
      <source>week {week}, {year}</source>
      <translation>uge {week}, {year}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/view.py" line="227" />
      <source>{week} ({start} – {end}): {persons} persons. Planned {planned} h, attended {attended} h, sick {sick} h, valid reason {valid} h, no valid reason {unexcused} h. Weekly target {target} h.</source>
      <translation>{week} ({start} – {end}): {persons} borgere. Planlagt {planned} t, fremmødt {attended} t, syg {sick} t, gyldig grund {valid} t, uden gyldig grund {unexcused} t. Ugentligt mål {target} t.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/hours/view.py" line="81" />
      <source>◀ Previous</source>
      <translation>◀ Forrige</translation>
    </message>
  </context>
  <context>
    <name>HousingView</name>
    <message>
      <location filename="../../integration_desk/ui/housing/view.py" line="28" />
      <source>Beds</source>
      <translation>Senge</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/view.py" line="31" />
      <source>From</source>
      <translation>Fra</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/view.py" line="29" />
      <source>Household</source>
      <translation>Husstand</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/view.py" line="32" />
      <source>Moving out</source>
      <translation>Fraflytning</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/view.py" line="30" />
      <source>Persons</source>
      <translation>Personer</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/view.py" line="27" />
      <source>Room</source>
      <translation>Værelse</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/view.py" line="49" />
      <source>Rooms on {date}: {rooms} rooms, {beds} beds, {used} in use, {free} free.</source>
      <translation>Værelser pr. {date}: {rooms} værelser, {beds} senge, {used} i brug, {free} ledige.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/view.py" line="25" />
      <source>Site</source>
      <translation>Bosted</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/view.py" line="33" />
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <location filename="../../integration_desk/ui/housing/view.py" line="26" />
      <source>Unit</source>
      <translation>Boligenhed</translation>
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
      <location filename="../../integration_desk/commands/hours.py" line="44" />
      <source>--to comes before --from.</source>
      <translation>--to ligger før --from.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/commands/hours.py" line="61" />
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
      <location filename="../../integration_desk/commands/hours.py" line="112" />
      <source>Imported {rows} rows: {created} new and {updated} changed hour entries of {persons} persons.</source>
      <translation>Importerede {rows} rækker: {created} nye og {updated} ændrede timeregistreringer for {persons} borgere.</translation>
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
      <location filename="../../integration_desk/commands/hours.py" line="107" />
      <source>The file is in order: {rows} rows would give {created} new and {updated} changed hour entries of {persons} persons. Nothing was written (--dry-run).</source>
      <translation>Filen er i orden: {rows} rækker ville give {created} nye og {updated} ændrede timeregistreringer for {persons} borgere. Intet blev skrevet (--dry-run).</translation>
    </message>
    <message>
      <location filename="../../integration_desk/commands/hours.py" line="95" />
      <source>The file {path} does not exist.</source>
      <translation>Filen {path} findes ikke.</translation>
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
      <location filename="../../integration_desk/commands/hours.py" line="84" />
      <source>{n} residents written to {path}.</source>
      <translation>{n} borgere skrevet til {path}.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/commands/hours.py" line="63" />
      <source>{rows} hour rows of {persons} persons written to {path}.</source>
      <translation>{rows} timerækker for {persons} borgere skrevet til {path}.</translation>
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
      <location filename="../../integration_desk/domain/hours.py" line="82" />
      <source>Absence without a valid reason needs a note saying what happened.</source>
      <translation>Fravær uden gyldig grund kræver en bemærkning om, hvad der skete.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/domain/hours.py" line="69" />
      <source>Attended plus absence ({accounted} h) is more than planned ({planned} h) plus the margin ({margin} h).</source>
      <translation>Fremmøde plus fravær ({accounted} t) er mere end planlagt ({planned} t) plus margenen ({margin} t).</translation>
    </message>
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
      <location filename="../../integration_desk/domain/hours.py" line="64" />
      <source>Hours cannot be negative.</source>
      <translation>Timer kan ikke være negative.</translation>
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
    <name>hours</name>
    <message>
      <location filename="../../integration_desk/services/hours.py" line="243" />
      <source>(no activity)</source>
      <translation>(ingen aktivitet)</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours_export.py" line="93" />
      <source>Absent, no valid reason</source>
      <translation>Fravær uden gyldig grund</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours_export.py" line="91" />
      <source>Absent, sick</source>
      <translation>Fravær, syg</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours_export.py" line="92" />
      <source>Absent, valid reason</source>
      <translation>Fravær, gyldig grund</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours_export.py" line="88" />
      <source>Activity</source>
      <translation>Aktivitet</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours.py" line="307" />
      <source>An hour entry was deleted by someone else. Reload the week.</source>
      <translation>En timeregistrering er slettet af en anden. Indlæs ugen igen.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours_export.py" line="96" />
      <source>Approved</source>
      <translation>Godkendt</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours_export.py" line="90" />
      <source>Attended</source>
      <translation>Fremmødt</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours_export.py" line="198" />
      <source>Average per full week (attended + absence with reason)</source>
      <translation>Gennemsnit pr. hel uge (fremmødt + fravær med grund)</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours_export.py" line="246" />
      <source>Caseworker</source>
      <translation>Sagsbehandler</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours_export.py" line="232" />
      <source>Compliance</source>
      <translation>Overholdelse</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours_export.py" line="78" />
      <source>Hours</source>
      <translation>Timer</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours_export.py" line="250" />
      <source>Hours without a valid reason</source>
      <translation>Timer uden gyldig grund</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours_export.py" line="86" />
      <source>ISO year</source>
      <translation>ISO-år</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours_export.py" line="248" />
      <source>Last 4 weeks</source>
      <translation>Seneste 4 uger</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours_export.py" line="85" />
      <source>Name</source>
      <translation>Navn</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours.py" line="435" />
      <source>None of the chosen weeks is approved.</source>
      <translation>Ingen af de valgte uger er godkendt.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours_export.py" line="94" />
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
      <location filename="../../integration_desk/services/hours_export.py" line="84" />
      <source>Person ID</source>
      <translation>Person-id</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours_export.py" line="89" />
      <source>Planned</source>
      <translation>Planlagt</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours_export.py" line="247" />
      <source>Programme average</source>
      <translation>Gennemsnit i programmet</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours.py" line="383" />
      <source>Record and save the hours of every activity before approving. Missing:</source>
      <translation>Registrér og gem timerne for alle aktiviteter, før ugen godkendes. Mangler:</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours_export.py" line="95" />
      <source>Recorded by</source>
      <translation>Registreret af</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours_export.py" line="235" />
      <source>Residents below the weekly target or with absence without a valid reason, {start} – {end}</source>
      <translation>Borgere under det ugentlige mål eller med fravær uden gyldig grund, {start} – {end}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours.py" line="412" />
      <source>Say why the approved week is reopened.</source>
      <translation>Skriv, hvorfor den godkendte uge genåbnes.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours.py" line="313" />
      <source>Someone else recorded hours for this week while you were editing. Reload the week.</source>
      <translation>En anden har registreret timer for denne uge, mens du redigerede. Indlæs ugen igen.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours_export.py" line="184" />
      <source>Summary per person</source>
      <translation>Oversigt pr. person</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours_export.py" line="249" />
      <source>Target per week</source>
      <translation>Mål pr. uge</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours.py" line="293" />
      <source>The activity no longer belongs to this person's contract.</source>
      <translation>Aktiviteten hører ikke længere til borgerens kontrakt.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours_export.py" line="76" />
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
      <location filename="../../integration_desk/services/hours_export.py" line="87" />
      <source>Week</source>
      <translation>Uge</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours_export.py" line="192" />
      <source>Weeks</source>
      <translation>Uger</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours_export.py" line="251" />
      <source>Weeks with absence without a valid reason</source>
      <translation>Uger med fravær uden gyldig grund</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours.py" line="256" />
      <source>Your role may read the hours but not record or approve them.</source>
      <translation>Din rolle må se timerne, men ikke registrere eller godkende dem.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours_export.py" line="131" />
      <source>no</source>
      <translation>nej</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours_history.py" line="174" />
      <source>week {weeks}, {year}</source>
      <translation>uge {weeks}, {year}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours_export.py" line="131" />
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
      <location filename="../../integration_desk/services/hours_import.py" line="178" />
      <source>Absence needs a reason: syg, gyldig grund or uden gyldig grund.</source>
      <translation>Fravær kræver en årsag: syg, gyldig grund eller uden gyldig grund.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours_import.py" line="255" />
      <source>Absence without a valid reason according to the attendance list {file}</source>
      <translation>Fravær uden gyldig grund ifølge fremmødelisten {file}</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours_import.py" line="165" />
      <source>Give the person's CPR number or immigration-service number.</source>
      <translation>Angiv borgerens CPR-nummer eller udlændingenummer (udl.-nr.).</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours_import.py" line="167" />
      <source>Give the week (2016-W12) or a date.</source>
      <translation>Angiv ugen (2016-W12) eller en dato.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours_import.py" line="201" />
      <source>No person with this number.</source>
      <translation>Ingen borger har dette nummer.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours_import.py" line="173" />
      <source>The date is not in the week given.</source>
      <translation>Datoen ligger ikke i den angivne uge.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours_import.py" line="214" />
      <source>The person's contract in force in week {week} has no such activity.</source>
      <translation>Borgerens gældende kontrakt i uge {week} har ikke denne aktivitet.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours_import.py" line="175" />
      <source>Unknown activity type.</source>
      <translation>Ukendt aktivitetstype.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours_import.py" line="247" />
      <source>Week {week}, {year} is approved for this person; reopen it first.</source>
      <translation>Uge {week}, {year} er godkendt for borgeren; genåbn den først.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/services/hours_import.py" line="112" />
      <source>Write the reason as syg, gyldig grund or uden gyldig grund.</source>
      <translation>Skriv årsagen som syg, gyldig grund eller uden gyldig grund.</translation>
    </message>
  </context>
  <context>
    <name>import</name>
    <message>
      <location filename="../../integration_desk/documents/xlsx_import.py" line="170" />
      <source>A value is required.</source>
      <translation>Feltet skal udfyldes.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/xlsx_import.py" line="212" />
      <source>Not a CPR number (DDMMÅÅ-SSSS).</source>
      <translation>Ikke et CPR-nummer (DDMMÅÅ-SSSS).</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/xlsx_import.py" line="206" />
      <source>Not a date: write it as dd-mm-åååå, dd.mm.åååå or åååå-mm-dd.</source>
      <translation>Ikke en dato: skriv den som dd-mm-åååå, dd.mm.åååå eller åååå-mm-dd.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/xlsx_import.py" line="229" />
      <source>Not a number of hours.</source>
      <translation>Ikke et antal timer.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/xlsx_import.py" line="249" />
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
      <location filename="../../integration_desk/documents/xlsx_import.py" line="123" />
      <source>The column is missing.</source>
      <translation>Kolonnen mangler.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/xlsx_import.py" line="204" />
      <source>The date does not exist: {text}.</source>
      <translation>Datoen findes ikke: {text}.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/xlsx_import.py" line="102" />
      <source>The file cannot be read as an Excel workbook (.xlsx).</source>
      <translation>Filen kan ikke læses som en Excel-projektmappe (.xlsx).</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/xlsx_import.py" line="235" />
      <source>The hours must be between 0 and 168.</source>
      <translation>Timetallet skal være mellem 0 og 168.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/xlsx_import.py" line="58" />
      <source>The import was refused: {n} problem(s) found; nothing was written.</source>
      <translation>Importen blev afvist: {n} problem(er) fundet; intet blev skrevet.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/xlsx_import.py" line="185" />
      <source>The text is longer than {n} characters.</source>
      <translation>Teksten er længere end {n} tegn.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/xlsx_import.py" line="112" />
      <source>The workbook has no sheet with this name.</source>
      <translation>Projektmappen har intet ark med dette navn.</translation>
    </message>
    <message>
      <location filename="../../integration_desk/documents/xlsx_import.py" line="264" />
      <source>Write ja or nej.</source>
      <translation>Skriv ja eller nej.</translation>
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
