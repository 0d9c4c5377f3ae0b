"""Tables for the demo data: names in Latin and in their own script, places, workplaces, texts.

Every name is a (Latin transliteration, own script) pair, so a person's ``native_name`` always
spells the same name as ``given_name``/``family_name``. All people, companies and addresses are
invented; the asylum centres, the language centre and the public institutions are real places.

Eritrean names follow the Eritrean custom: the second name is the father's given name, so a
child's "family name" is the father's first name and a wife keeps her own father's name.
"""

from __future__ import annotations

Name = tuple[str, str]  # (Latin transliteration, own script)

SYRIA = "Syrien"
ERITREA = "Eritrea"

# The language of each nationality, as the app records it (Danish, lower case).
LANGUAGE = {SYRIA: "arabisk", ERITREA: "tigrinya"}

SYRIAN_MALE: tuple[Name, ...] = (
    ("Mohammad", "محمد"), ("Ahmad", "أحمد"), ("Mahmoud", "محمود"), ("Omar", "عمر"),
    ("Ali", "علي"), ("Khaled", "خالد"), ("Hassan", "حسن"), ("Hussein", "حسين"),
    ("Youssef", "يوسف"), ("Ibrahim", "إبراهيم"), ("Mustafa", "مصطفى"), ("Abdullah", "عبدالله"),
    ("Ammar", "عمار"), ("Bilal", "بلال"), ("Fadi", "فادي"), ("Rami", "رامي"),
    ("Samer", "سامر"), ("Tarek", "طارق"), ("Walid", "وليد"), ("Yaser", "ياسر"),
    ("Ziad", "زياد"), ("Karim", "كريم"), ("Hamza", "حمزة"), ("Anas", "أنس"),
    ("Majd", "مجد"), ("Firas", "فراس"), ("Basel", "باسل"), ("Adnan", "عدنان"),
    ("Jamal", "جمال"), ("Saleh", "صالح"), ("Mazen", "مازن"), ("Ayman", "أيمن"),
)  # fmt: skip

SYRIAN_FEMALE: tuple[Name, ...] = (
    ("Fatima", "فاطمة"), ("Aisha", "عائشة"), ("Maryam", "مريم"), ("Nour", "نور"),
    ("Rasha", "رشا"), ("Reem", "ريم"), ("Hiba", "هبة"), ("Lina", "لينا"),
    ("Rana", "رنا"), ("Dima", "ديما"), ("Sara", "سارة"), ("Huda", "هدى"),
    ("Amal", "أمل"), ("Yasmin", "ياسمين"), ("Zainab", "زينب"), ("Ghada", "غادة"),
    ("Layla", "ليلى"), ("Nisreen", "نسرين"), ("Samar", "سمر"), ("Rahaf", "رهف"),
    ("Bushra", "بشرى"), ("Ola", "علا"), ("Hala", "هالة"), ("Asmaa", "أسماء"),
    ("Kholoud", "خلود"), ("Manal", "منال"), ("Razan", "رزان"), ("Salma", "سلمى"),
    ("Nada", "ندى"), ("Wafaa", "وفاء"),
)  # fmt: skip

SYRIAN_FAMILY: tuple[Name, ...] = (
    ("Al-Ahmad", "الأحمد"), ("Al-Hassan", "الحسن"), ("Al-Ali", "العلي"), ("Al-Khatib", "الخطيب"),
    ("Al-Masri", "المصري"), ("Haddad", "حداد"), ("Al-Halabi", "الحلبي"), ("Al-Homsi", "الحمصي"),
    ("Al-Shami", "الشامي"), ("Kassem", "قاسم"), ("Al-Najjar", "النجار"), ("Darwish", "درويش"),
    ("Al-Sayed", "السيد"), ("Al-Hamwi", "الحموي"), ("Al-Zoubi", "الزعبي"), ("Othman", "عثمان"),
    ("Al-Rifai", "الرفاعي"), ("Al-Jundi", "الجندي"), ("Al-Issa", "العيسى"), ("Al-Omar", "العمر"),
    ("Al-Saleh", "الصالح"), ("Mansour", "منصور"), ("Khalil", "خليل"), ("Al-Tawil", "الطويل"),
    ("Al-Kurdi", "الكردي"), ("Shaheen", "شاهين"), ("Barakat", "بركات"), ("Al-Hariri", "الحريري"),
)  # fmt: skip

ERITREAN_MALE: tuple[Name, ...] = (
    ("Tesfay", "ተስፋይ"), ("Yonas", "ዮናስ"), ("Dawit", "ዳዊት"), ("Samuel", "ሳሙኤል"),
    ("Yohannes", "ዮሃንስ"), ("Mehari", "መሓሪ"), ("Berhane", "ብርሃነ"), ("Tekle", "ተኽለ"),
    ("Haile", "ሃይለ"), ("Kidane", "ኪዳነ"), ("Mulugeta", "ሙሉጌታ"), ("Amanuel", "ኣማኑኤል"),
    ("Filmon", "ፊልሞን"), ("Robel", "ሮቤል"), ("Semere", "ሰመረ"), ("Habtom", "ሃብቶም"),
    ("Ghirmay", "ግርማይ"), ("Efrem", "ኤፍሬም"), ("Biniam", "ቢንያም"), ("Natnael", "ናትናኤል"),
    ("Merhawi", "መርሃዊ"), ("Daniel", "ዳንኤል"), ("Abraham", "ኣብርሃም"), ("Goitom", "ጎይቶም"),
    ("Tewelde", "ተወልደ"), ("Kibrom", "ክብሮም"), ("Awet", "ኣወት"), ("Henok", "ሄኖክ"),
    ("Yemane", "የማነ"), ("Tsegay", "ጸጋይ"),
)  # fmt: skip

ERITREAN_FEMALE: tuple[Name, ...] = (
    ("Selam", "ሰላም"), ("Helen", "ሄለን"), ("Senait", "ሰናይት"), ("Luwam", "ሉዋም"),
    ("Saba", "ሳባ"), ("Yordanos", "ዮርዳኖስ"), ("Mebrat", "መብራት"), ("Tsega", "ጸጋ"),
    ("Hiwet", "ሕይወት"), ("Rahel", "ራሄል"), ("Meron", "ሜሮን"), ("Feven", "ፌቨን"),
    ("Ruth", "ሩት"), ("Eden", "ኤደን"), ("Semhar", "ሰምሃር"), ("Almaz", "ኣልማዝ"),
    ("Abeba", "ኣበባ"), ("Tirhas", "ትርሓስ"), ("Azeb", "ኣዜብ"), ("Nebiat", "ነብያት"),
    ("Mihret", "ምሕረት"), ("Segen", "ሰገን"), ("Winta", "ዊንታ"), ("Elsa", "ኤልሳ"),
    ("Freweyni", "ፍረወይኒ"), ("Simret", "ስምረት"), ("Hanna", "ሃና"), ("Akberet", "ኣኽበረት"),
    ("Kisanet", "ክሳነት"),
)  # fmt: skip

# Second names of adults: their fathers' given names.
ERITREAN_FAMILY: tuple[Name, ...] = (
    ("Gebremariam", "ገብረማርያም"), ("Tesfamariam", "ተስፋማርያም"), ("Habte", "ሃብተ"), ("Kidane", "ኪዳነ"),
    ("Berhe", "በርሀ"), ("Gebrehiwet", "ገብረሕይወት"), ("Woldemichael", "ወልደሚካኤል"), ("Haile", "ሃይለ"),
    ("Mesfin", "መስፍን"), ("Tekle", "ተኽለ"), ("Ghebreyesus", "ገብረየሱስ"), ("Negash", "ነጋሽ"),
    ("Asmerom", "ኣስመሮም"), ("Woldu", "ወልዱ"), ("Tewolde", "ተወልደ"), ("Abraha", "ኣብርሃ"),
    ("Ghebremedhin", "ገብረመድህን"), ("Kahsay", "ካሕሳይ"), ("Yemane", "የማነ"), ("Solomon", "ሰሎሞን"),
    ("Mehari", "መሓሪ"), ("Zerai", "ዘርኣይ"), ("Okbay", "ዑቕባይ"), ("Weldeab", "ወልደኣብ"),
    ("Gebru", "ገብሩ"), ("Hagos", "ሓጎስ"), ("Tesfay", "ተስፋይ"), ("Fessehaye", "ፍስሃየ"),
)  # fmt: skip

GIVEN_NAMES: dict[tuple[str, str], tuple[Name, ...]] = {
    (SYRIA, "male"): SYRIAN_MALE,
    (SYRIA, "female"): SYRIAN_FEMALE,
    (ERITREA, "male"): ERITREAN_MALE,
    (ERITREA, "female"): ERITREAN_FEMALE,
}
FAMILY_NAMES: dict[str, tuple[Name, ...]] = {SYRIA: SYRIAN_FAMILY, ERITREA: ERITREAN_FAMILY}

ASYLUM_CENTRES = (
    "Center Sandholm",
    "Center Jelling",
    "Center Kongelunden",
    "Center Brovst",
    "Center Holstebro",
    "Center Avnstrup",
    "Center Thisted",
    "Center Vipperød",
    "Center Tønder",
    "Center Frederikshavn",
)

# (site name, street, house number, postcode and town, notes)
SITES = (
    (
        "Baltorpvej",
        "Baltorpvej",
        182,
        "2750 Ballerup",
        "Tidligere plejehjem; vicevært på stedet på hverdage 8–15",
    ),
    ("Hedegården", "Hedegårdsvej", 88, "2750 Ballerup", "Rækkehuse ombygget til midlertidige boliger"),
    ("Måløvhøj", "Måløv Byvej", 21, "2760 Måløv", "Tæt på Måløv Station; cykelkælder"),
)
UNIT_NOTES = (
    "stueetage, trinfri adgang",
    "1. sal, ingen elevator",
    "fælles køkken nyistandsat",
    "vaskemaskine og tørretumbler i kælderen",
    "2. sal, skråvægge",
    "have bag huset",
    "",
    "",
)
ROOM_NOTES = (
    "", "", "", "", "mod gården", "stort værelse", "altan", "tæt på fælleskøkkenet",
    "barneseng kan lånes", "vindue mod vejen",
)  # fmt: skip
FLOORS = ("st.", "1. sal", "2. sal")
REPAIR_NOTES = ("Maling og nyt gulv", "Udskiftning af vindue", "Fugtskade udbedres", "Ny radiator")
CLEANING_NOTES = ("Hovedrengøring efter fraflytning", "Rengøring og klargøring til ny beboer")

# Workplaces for placements, wage-subsidy jobs and IGU: (company, line of work, job title).
WORKPLACES = (
    ("Ballerup Kommune, Vej og Park", "grønne områder", "gartnermedhjælper"),
    ("Plejecenter Lindehaven", "ældreplejen", "serviceassistent"),
    ("Ballerup Rengøringsservice ApS", "rengøring", "rengøringsassistent"),
    ("Måløv Auto ApS", "autobranchen", "mekanikermedhjælper"),
    ("Kantinen på Ballerup Rådhus", "køkken og kantine", "køkkenmedhjælper"),
    ("Skovlunde Bageri", "bagerfaget", "bagermedhjælper"),
    ("Nordvest Lager & Logistik A/S", "lager og logistik", "lagermedarbejder"),
    ("Ballerup Hotel & Konference", "hotel og restaurant", "opvasker"),
    ("Byggefirmaet Jensen & Søn ApS", "byggeriet", "håndværkermedhjælper"),
    ("Ballerup Cykler", "cykelværksted", "cykelmekanikermedhjælper"),
    ("Børnehuset Solsikken", "børnepasning", "pædagogmedhjælper"),
    ("Malerfirmaet Holm ApS", "malerfaget", "malerhjælper"),
    ("Super Brugsen Måløv", "detailhandel", "butiksassistent"),
    ("Ballerup Genbrug", "genbrug og affald", "genbrugsmedarbejder"),
)
DANISH_SCHOOL = "Sprogcenter Ballerup"
JOBCENTRE = "Jobcenter Ballerup"
MENTOR_PROVIDER = "Jobcenter Ballerup, mentorkorpset"
UPSKILLING = (
    "AMU Vest, truckcertifikat",
    "AMU Vest, rengøringsteknik",
    "Hotel- og Restaurantskolen, hygiejnebevis",
    "TEC, svejsning",
)
EDUCATION_GOALS = (
    "Social- og sundhedshjælperuddannelsen",
    "Erhvervsuddannelse som elektriker",
    "Pædagogisk assistentuddannelse",
    "Erhvervsuddannelse som tømrer",
    "Erhvervsuddannelse som kok",
    "Anerkendelse af udenlandsk uddannelse",
)
EDUCATION_STARTS = (
    "Påbegyndt social- og sundhedshjælperuddannelsen, SOSU H",
    "Påbegyndt grundforløb på erhvervsuddannelse, TEC",
    "Påbegyndt pædagogisk assistentuddannelse",
    "Påbegyndt grundforløb som kok, Hotel- og Restaurantskolen",
)
DANISH_MODULES = ("DU1, modul 1", "DU2, modul 1", "DU2, modul 2", "DU3, modul 1")
DANISH_TESTS = ("Prøve i Dansk 1", "Prøve i Dansk 2", "Prøve i Dansk 3")

NOTICE_NOTES = (
    "Barn i skolealderen: skoleindskrivning forberedes",
    "Har brug for bolig med trinfri adgang",
    "Transport fra centret aftalt med centrets personale",
    "Udlændingestyrelsen oplyser, at der er behov for tolk ved ankomst",
)
VISIT_NOTES = (
    "Gennemgik boligen og de første dage i kommunen",
    "Orienteret om sprogcenter, jobcenter og borgerservice",
    "Aftalt afhentning på Ballerup Station",
    "Gennemgik flytning og hvad der skal medbringes",
)
HEALTH_DONE_NOTES = (
    "Helbredsvurdering gennemført hos egen læge",
    "Helbredsvurdering gennemført hos egen læge med tolk",
    "Helbredsvurdering gennemført; opfølgning aftalt hos egen læge",
)
HEALTH_DECLINED = "Borgeren har takket nej til tilbuddet om helbredsvurdering"
HEALTH_PENDING = "Tilbud sendt; afventer tid hos egen læge"

SICK_NOTES = ("Sygemeldt", "Syg, ringede om morgenen", "")
VALID_NOTES = ("Lægebesøg", "Tandlæge", "Barns sygedag", "Møde i Borgerservice", "Forældremøde i skolen")
UNEXCUSED_NOTES = ("Udeblev uden besked", "Mødte ikke op, ingen afbud", "Udeblev fra praktikken uden afbud")
