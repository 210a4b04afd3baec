"""Other states whose leaders are in Arabic news every week (2023 onwards): Ukraine, South and
East Asia, the rest of Europe, the Caucasus, the Americas and sub-Saharan Africa.

Heads of state and of government and foreign ministers first; defence ministers and army
chiefs only where the news names them often (Ukraine, Pakistan).  Dates as in the other
modules: the public record as the author knows it, month-level where flagged approx, and
"verify" for anything after mid-2025 or otherwise uncertain.  Surnames that are common
words or shared (لولا، فاي، كيم، شريف، سال ...) are short forms.
"""
from . import p

PEOPLE = [
    # --- Ukraine ---
    p("ukr-zelensky", "Volodymyr Zelensky", "فولوديمير زيلينسكي|زيلينسكي|زيلنسكي|فولوديمير زيلنسكي|فلاديمير زيلينسكي",
      "UKR GOV 2019-05-20 - hos President of Ukraine"),
    p("ukr-shmyhal", "Denys Shmyhal", "دينيس شميهال|شميهال|دينيس شميغال|شميغال",
      "UKR GOV 2020-03-04 2025-07-17< hog Prime Minister",
      "UKR GOV 2025-07-17 - def Minister of Defence", verify=True),
    p("ukr-svyrydenko", "Yulia Svyrydenko", "يوليا سفيريدينكو|سفيريدينكو|يوليا سفيريدنكو",
      "UKR GOV 2025-07-17 - hog Prime Minister", verify=True),
    p("ukr-kuleba", "Dmytro Kuleba", "دميترو كوليبا|كوليبا|ديمترو كوليبا",
      "UKR GOV 2020-03-04 2024-09-05< fm Foreign Minister",
      "UKR ELI 2024-09-05 - oth Former foreign minister"),
    p("ukr-sybiha", "Andrii Sybiha", "أندريه سيبيها|سيبيها|أندريه سيبيغا|سيبيغا|أندري سيبيها",
      "UKR GOV 2024-09-05 - fm Foreign Minister"),
    p("ukr-reznikov", "Oleksii Reznikov", "أوليكسي ريزنيكوف|ريزنيكوف|أليكسي ريزنيكوف",
      "UKR GOV 2021-11-04 2023-09-06< def Minister of Defence"),
    p("ukr-umerov", "Rustem Umerov", "رستم عمروف|عمروف|رستم أوميروف|أوميروف|روستم عمروف",
      "UKR GOV 2023-09-06 2025-07-17< def Minister of Defence",
      "UKR GOV 2025-07-17 - oth Secretary of the National Security and Defence Council",
      verify=True),
    p("ukr-zaluzhnyi", "Valerii Zaluzhnyi", "فاليري زالوجني|زالوجني|فاليري زالوجنى|زالوجنيي",
      "UKR MIL 2021-07-27 2024-02-08< army Commander-in-Chief of the Armed Forces",
      "UKR GOV 2024-05-01 - oth Ambassador to the United Kingdom", approx=True),
    p("ukr-syrskyi", "Oleksandr Syrskyi", "أولكسندر سيرسكي|سيرسكي|ألكسندر سيرسكي|أوليكساندر سيرسكي",
      "UKR MIL 2024-02-08 - army Commander-in-Chief of the Armed Forces"),
    p("ukr-yermak", "Andriy Yermak", "أندريه يرماك|يرماك|أندريه ييرماك|ييرماك",
      "UKR GOV 2020-02-11 2025-11-28 oth Head of the Presidential Office", approx=True,
      verify=True),

    # --- India ---
    p("ind-modi", "Narendra Modi", "ناريندرا مودي|مودي|نارندرا مودي|ناريندر مودي",
      "IND GOV 2014-05-26 - hog Prime Minister"),
    p("ind-murmu", "Droupadi Murmu", "دروبادي مورمو|مورمو",
      "IND GOV 2022-07-25 - hos President of India"),
    p("ind-jaishankar", "Subrahmanyam Jaishankar", "سوبرامانيام جايشانكار|جايشانكار|جاي شانكار|سوبراهمانيام جايشانكار|إس جايشانكار",
      "IND GOV 2019-05-30 - fm Minister of External Affairs"),
    p("ind-rajnath", "Rajnath Singh", "راجناث سينغ|راجنات سينغ|راجناث سينج",
      "IND GOV 2019-05-31 - def Minister of Defence"),

    # --- Pakistan ---
    p("pak-shehbaz", "Shehbaz Sharif", "شهباز شريف|شاهباز شريف|شهباز",
      "PAK GOV 2022-04-11 2023-08-14< hog Prime Minister",
      "PAK GOV 2024-03-04 - hog Prime Minister"),
    p("pak-kakar", "Anwaar-ul-Haq Kakar", "أنوار الحق كاكار|كاكار",
      "PAK GOV 2023-08-14 2024-03-04< hog Caretaker Prime Minister"),
    p("pak-imrankhan", "Imran Khan", "عمران خان",
      "PAK ELI 2022-04-10 - oth Former prime minister (imprisoned from 2023-08-05)"),
    p("pak-alvi", "Arif Alvi", "عارف علوي",
      "PAK GOV 2018-09-09 2024-03-10< hos President of Pakistan"),
    p("pak-bilawal", "Bilawal Bhutto Zardari", "بلاول بوتو زرداري|بلاول بوتو|بلاول زرداري|بلاول",
      "PAK GOV 2022-04-27 2023-08-10 fm Foreign Minister",
      "PAK PTY 2023-08-11 - party Chairman of the Pakistan Peoples Party", approx=True),
    p("pak-jilani", "Jalil Abbas Jilani", "جليل عباس جيلاني",
      "PAK GOV 2023-08-17 2024-03-11< fm Caretaker Foreign Minister", approx=True),
    p("pak-dar", "Ishaq Dar", "إسحاق دار|اسحاق دار|إسحق دار",
      "PAK GOV 2024-03-11 - fm Foreign Minister (Deputy Prime Minister from 2024-04-28)",
      approx=True),
    p("pak-khawajaasif", "Khawaja Muhammad Asif", "خواجة آصف|خواجه آصف|خواجة محمد آصف",
      "PAK GOV 2022-04-19 2023-08-10 def Minister of Defence",
      "PAK GOV 2024-03-11 - def Minister of Defence", approx=True),
    p("pak-munir", "Asim Munir", "عاصم منير|الجنرال عاصم منير|المشير عاصم منير|سيد عاصم منير|المشير منير|الجنرال منير",
      "PAK MIL 2022-11-29 - army Chief of Army Staff (Field Marshal from 2025-05-20)"),

    # --- Afghanistan (Taliban government from 2021-08-15) ---
    p("afg-akhundzada", "Hibatullah Akhundzada", "هبة الله أخوند زاده|هبة الله آخوند زاده|هبة الله أخوندزاده|هبة الله آخوندزاده|أخوند زاده|آخوند زاده|أخوندزاده|الملا هبة الله",
      "AFG REB 2016-05-25 2021-08-15< armed Leader of the Taliban",
      "AFG GOV 2021-08-15 - hos Supreme leader of the Taliban government"),
    p("afg-hassanakhund", "Mohammad Hassan Akhund", "محمد حسن أخوند|محمد حسن آخوند|الملا محمد حسن أخوند|الملا محمد حسن آخوند",
      "AFG GOV 2021-09-07 - hog Prime Minister of the Taliban government (acting)"),
    p("afg-muttaqi", "Amir Khan Muttaqi", "أمير خان متقي|أمير متقي|امير خان متقي",
      "AFG GOV 2021-09-07 - fm Foreign Minister of the Taliban government (acting)",
      s="متقي"),
    p("afg-yaqoob", "Mohammad Yaqoob Mujahid", "محمد يعقوب مجاهد|الملا محمد يعقوب|الملا يعقوب",
      "AFG GOV 2021-09-07 - def Defence Minister of the Taliban government (acting)"),
    p("afg-sirajuddin", "Sirajuddin Haqqani", "سراج الدين حقاني|سراج الدين الحقاني",
      "AFG GOV 2021-09-07 - int Interior Minister of the Taliban government (acting)",
      s="حقاني"),
    p("afg-zabihullah", "Zabihullah Mujahid", "ذبيح الله مجاهد",
      "AFG GOV 2021-09-07 - spk Spokesman of the Taliban government", approx=True),

    # --- Bangladesh ---
    p("bgd-hasina", "Sheikh Hasina", "الشيخة حسينة|الشيخة حسينة واجد|حسينة واجد|شيخة حسينة",
      "BGD GOV 2009-01-06 2024-08-05 hog Prime Minister",
      "BGD ELI 2024-08-06 - oth Former prime minister (in exile)", s="حسينة"),
    p("bgd-yunus", "Muhammad Yunus", "محمد يونس",
      "BGD GOV 2024-08-08 - hog Chief Adviser of the interim government"),

    # --- Indonesia ---
    p("idn-widodo", "Joko Widodo", "جوكو ويدودو|ويدودو|جوكوي",
      "IDN GOV 2014-10-20 2024-10-20< hos President of Indonesia",
      "IDN ELI 2024-10-20 - oth Former president"),
    p("idn-prabowo", "Prabowo Subianto", "برابوو سوبيانتو|برابوو|سوبيانتو|برابو سوبيانتو",
      "IDN GOV 2019-10-23 2024-10-20< def Minister of Defence",
      "IDN GOV 2024-10-20 - hos President of Indonesia"),
    p("idn-marsudi", "Retno Marsudi", "ريتنو مارسودي|مارسودي",
      "IDN GOV 2014-10-27 2024-10-21< fm Foreign Minister"),
    p("idn-sugiono", "Sugiono", "سوجيونو|سوغيونو",
      "IDN GOV 2024-10-21 - fm Foreign Minister"),

    # --- Malaysia ---
    p("mys-anwar", "Anwar Ibrahim", "أنور إبراهيم|انور ابراهيم",
      "MYS GOV 2022-11-24 - hog Prime Minister"),

    # --- Japan ---
    p("jpn-kishida", "Fumio Kishida", "فوميو كيشيدا|كيشيدا",
      "JPN GOV 2021-10-04 2024-10-01< hog Prime Minister"),
    p("jpn-ishiba", "Shigeru Ishiba", "شيغيرو إيشيبا|إيشيبا|شيجيرو إيشيبا",
      "JPN GOV 2024-10-01 2025-10-21< hog Prime Minister", verify=True),
    p("jpn-takaichi", "Sanae Takaichi", "ساناي تاكايتشي|تاكايتشي|ساناي تاكاييتشي|تاكاييتشي",
      "JPN GOV 2025-10-21 - hog Prime Minister", verify=True),
    p("jpn-hayashi", "Yoshimasa Hayashi", "يوشيماسا هاياشي|هاياشي",
      "JPN GOV 2021-11-10 2023-09-13< fm Foreign Minister",
      "JPN GOV 2023-12-14 2025-10-21< oth Chief Cabinet Secretary", verify=True),
    p("jpn-kamikawa", "Yoko Kamikawa", "يوكو كاميكاوا|كاميكاوا",
      "JPN GOV 2023-09-13 2024-10-01< fm Foreign Minister"),
    p("jpn-iwaya", "Takeshi Iwaya", "تاكيشي إيوايا|إيوايا",
      "JPN GOV 2024-10-01 2025-10-21< fm Foreign Minister", verify=True),
    p("jpn-motegi", "Toshimitsu Motegi", "توشيميتسو موتيغي|موتيغي",
      "JPN GOV 2025-10-21 - fm Foreign Minister", verify=True),

    # --- South Korea ---
    p("kor-yoon", "Yoon Suk Yeol", "يون سوك يول|يون سوك-يول|يون سيوك يول",
      "KOR GOV 2022-05-10 2025-04-04 hos President of South Korea (suspended from 2024-12-14)",
      "KOR ELI 2025-04-04 - oth Former president (removed from office)", s="يون"),
    p("kor-handucksoo", "Han Duck-soo", "هان دوك سو|هان دوك-سو|هان داك سو",
      "KOR GOV 2022-05-21 2025-05-01 hog Prime Minister (acting president 2024-12-14..27 and 2025-03-24..05-01)",
      approx=True),
    p("kor-leejaemyung", "Lee Jae-myung", "لي جاي ميونغ|لي جاي-ميونغ|لي جيه ميونغ|لي جاي ميونج",
      "KOR OPP 2022-08-28 2025-06-04< party Leader of the Democratic Party",
      "KOR GOV 2025-06-04 - hos President of South Korea", approx=True),
    p("kor-parkjin", "Park Jin", "بارك جين",
      "KOR GOV 2022-05-12 2024-01-10 fm Foreign Minister", approx=True),
    p("kor-chotaeyul", "Cho Tae-yul", "تشو تاي يول|تشو تاي-يول|تشو تيه يول",
      "KOR GOV 2024-01-11 2025-06-30 fm Foreign Minister", approx=True, verify=True),

    # --- North Korea ---
    p("prk-kimjongun", "Kim Jong Un", "كيم جونغ أون|كيم جونغ اون|كيم جونج أون|كيم جون أون|كيم جونغ-أون",
      "PRK GOV 2011-12-17 - hos Supreme Leader of North Korea", s="كيم"),
    p("prk-kimyojong", "Kim Yo Jong", "كيم يو جونغ|كيم يو جونج|كيم يو-جونغ",
      "PRK GOV 2021-01-01 - oth Vice department director of the Workers' Party Central Committee",
      approx=True),
    p("prk-choesonhui", "Choe Son Hui", "تشوي سون هوي|تشوي سون هي|تشوي سون-هوي",
      "PRK GOV 2022-06-10 - fm Foreign Minister", approx=True),

    # --- Italy ---
    p("ita-meloni", "Giorgia Meloni", "جورجيا ميلوني|ميلوني|جيورجيا ميلوني",
      "ITA GOV 2022-10-22 - hog Prime Minister"),
    p("ita-mattarella", "Sergio Mattarella", "سيرجيو ماتاريلا|ماتاريلا|سيرجو ماتاريلا",
      "ITA GOV 2015-02-03 - hos President of Italy"),
    p("ita-tajani", "Antonio Tajani", "أنطونيو تاياني|تاياني|انطونيو تاياني",
      "ITA GOV 2022-10-22 - fm Foreign Minister"),
    p("ita-crosetto", "Guido Crosetto", "غيدو كروسيتو|كروسيتو|جيدو كروسيتو",
      "ITA GOV 2022-10-22 - def Minister of Defence"),

    # --- Spain ---
    p("esp-sanchez", "Pedro Sánchez", "بيدرو سانشيز|بيدرو سانشيث|بيدرو سانتشيز",
      "ESP GOV 2018-06-02 - hog Prime Minister", s="سانشيز"),
    p("esp-albares", "José Manuel Albares", "خوسيه مانويل ألباريس|ألباريس|خوسيه ألباريس|ألبارس|خوسيه مانويل ألبارس",
      "ESP GOV 2021-07-12 - fm Foreign Minister"),
    p("esp-felipe", "King Felipe VI", "فيليبي السادس|فيليب السادس",
      "ESP GOV 2014-06-19 - hos King of Spain"),

    # --- Ireland ---
    p("irl-varadkar", "Leo Varadkar", "ليو فارادكار|فارادكار",
      "IRL GOV 2022-12-17 2024-04-09< hog Taoiseach (Prime Minister)"),
    p("irl-harris", "Simon Harris", "سايمون هاريس|سيمون هاريس",
      "IRL GOV 2024-04-09 2025-01-23< hog Taoiseach (Prime Minister)",
      "IRL GOV 2025-01-23 - fm Tánaiste and Foreign Minister", approx=True),
    p("irl-martin", "Micheál Martin", "ميهول مارتن|مايكل مارتن|ميشيل مارتن|ميهال مارتن",
      "IRL GOV 2022-12-17 2025-01-23< fm Tánaiste and Foreign Minister",
      "IRL GOV 2025-01-23 - hog Taoiseach (Prime Minister)", s="مارتن", approx=True),
    p("irl-higgins", "Michael D. Higgins", "مايكل هيغينز|مايكل دي هيغينز|هيغينز|مايكل هيجينز",
      "IRL GOV 2011-11-11 2025-11-11< hos President of Ireland", verify=True),
    p("irl-connolly", "Catherine Connolly", "كاثرين كونولي|كونولي",
      "IRL GOV 2025-11-11 - hos President of Ireland", verify=True),

    # --- Norway ---
    p("nor-store", "Jonas Gahr Støre", "يوناس غار ستوره|يوناس غار ستور|ستوره|يوناس ستوره",
      "NOR GOV 2021-10-14 - hog Prime Minister"),
    p("nor-eide", "Espen Barth Eide", "إسبن بارث إيدي|إسبن بارت إيدي|بارث إيدي|إسبين بارث إيدي",
      "NOR GOV 2023-10-16 - fm Foreign Minister", s="إيدي"),
    p("nor-huitfeldt", "Anniken Huitfeldt", "أنيكن هويتفيلدت|هويتفيلدت",
      "NOR GOV 2021-10-14 2023-10-16< fm Foreign Minister"),

    # --- Netherlands ---
    p("nld-schoof", "Dick Schoof", "ديك سخوف|سخوف|ديك شوف",
      "NLD GOV 2024-07-02 - hog Prime Minister (caretaker from 2025-06-03)", verify=True),
    p("nld-veldkamp", "Caspar Veldkamp", "كاسبار فيلدكامب|فيلدكامب",
      "NLD GOV 2024-07-02 2025-08-22 fm Foreign Minister", approx=True, verify=True),

    # --- Belgium ---
    p("bel-decroo", "Alexander De Croo", "ألكسندر دي كرو|دي كرو|ألكسندر دي كروو",
      "BEL GOV 2020-10-01 2025-02-03< hog Prime Minister"),
    p("bel-dewever", "Bart De Wever", "بارت دي ويفر|دي ويفر|بارت دي فيفر",
      "BEL GOV 2025-02-03 - hog Prime Minister"),
    p("bel-lahbib", "Hadja Lahbib", "حجة لحبيب|حاجة لحبيب",
      "BEL GOV 2022-07-15 2024-11-30 fm Foreign Minister",
      "EUR GOV 2024-12-01 - intl European Commissioner for Equality and Crisis Management",
      s="لحبيب", approx=True),
    p("bel-prevot", "Maxime Prévot", "ماكسيم بريفو|بريفو",
      "BEL GOV 2025-02-03 - fm Foreign Minister"),

    # --- Poland ---
    p("pol-duda", "Andrzej Duda", "أندريه دودا|أندجي دودا|أندريه دودة",
      "POL GOV 2015-08-06 2025-08-06< hos President of Poland", s="دودا"),
    p("pol-nawrocki", "Karol Nawrocki", "كارول ناوروتسكي|ناوروتسكي|كارول نافروتسكي|نافروتسكي",
      "POL GOV 2025-08-06 - hos President of Poland", verify=True),
    p("pol-morawiecki", "Mateusz Morawiecki", "ماتيوش مورافيتسكي|مورافيتسكي|ماتيوس مورافيتسكي",
      "POL GOV 2017-12-11 2023-12-13< hog Prime Minister"),
    p("pol-tusk", "Donald Tusk", "دونالد توسك|توسك",
      "POL GOV 2023-12-13 - hog Prime Minister"),
    p("pol-sikorski", "Radosław Sikorski", "رادوسلاف سيكورسكي|سيكورسكي",
      "POL GOV 2023-12-13 - fm Foreign Minister"),

    # --- Hungary ---
    p("hun-orban", "Viktor Orbán", "فيكتور أوربان|أوربان|اوربان|فكتور أوربان",
      "HUN GOV 2010-05-29 - hog Prime Minister"),
    p("hun-szijjarto", "Péter Szijjártó", "بيتر سيارتو|سيارتو|بيتر سيجارتو|سيجارتو",
      "HUN GOV 2014-09-23 - fm Foreign Minister"),

    # --- Greece ---
    p("grc-mitsotakis", "Kyriakos Mitsotakis", "كيرياكوس ميتسوتاكيس|ميتسوتاكيس|كرياكوس ميتسوتاكيس",
      "GRC GOV 2019-07-08 - hog Prime Minister (caretaker government 2023-05-25..06-26)"),
    p("grc-gerapetritis", "Giorgos Gerapetritis", "جورج جيرابيتريتيس|يورغوس جيرابيتريتيس|جيرابيتريتيس",
      "GRC GOV 2023-06-27 - fm Foreign Minister", approx=True),
    p("grc-dendias", "Nikos Dendias", "نيكوس ديندياس|ديندياس",
      "GRC GOV 2019-07-09 2023-05-25 fm Foreign Minister",
      "GRC GOV 2023-06-27 - def Minister of National Defence", approx=True),

    # --- Cyprus ---
    p("cyp-christodoulides", "Nikos Christodoulides", "نيكوس خريستودوليدس|خريستودوليدس|نيكوس كريستودوليدس|كريستودوليدس",
      "CYP GOV 2023-02-28 - hos President of Cyprus"),
    p("cyp-kombos", "Constantinos Kombos", "كونستانتينوس كومبوس|كومبوس",
      "CYP GOV 2023-03-01 - fm Foreign Minister", approx=True),

    # --- Serbia ---
    p("srb-vucic", "Aleksandar Vučić", "ألكسندر فوتشيتش|فوتشيتش|ألكسندر فوسيتش|فوسيتش",
      "SRB GOV 2017-05-31 - hos President of Serbia"),

    # --- Belarus ---
    p("blr-lukashenko", "Alexander Lukashenko", "ألكسندر لوكاشينكو|لوكاشينكو|لوكاشنكو|ألكسندر لوكاشنكو",
      "BLR GOV 1994-07-20 - hos President of Belarus"),
    p("blr-tsikhanouskaya", "Sviatlana Tsikhanouskaya", "سفيتلانا تيخانوفسكايا|تيخانوفسكايا",
      "BLR ELI 2020-08-10 - oth Opposition leader in exile", approx=True),

    # --- Azerbaijan ---
    p("aze-aliyev", "Ilham Aliyev", "إلهام علييف|علييف|الهام علييف|إلهام علييف",
      "AZE GOV 2003-10-31 - hos President of Azerbaijan"),
    p("aze-bayramov", "Jeyhun Bayramov", "جيحون بيراموف|بيراموف|جيهون بيراموف",
      "AZE GOV 2020-07-16 - fm Foreign Minister"),

    # --- Armenia ---
    p("arm-pashinyan", "Nikol Pashinyan", "نيكول باشينيان|باشينيان|نيكول باشينيان",
      "ARM GOV 2018-05-08 - hog Prime Minister"),
    p("arm-mirzoyan", "Ararat Mirzoyan", "أرارات ميرزويان|ميرزويان|آرارات ميرزويان",
      "ARM GOV 2021-08-19 - fm Foreign Minister"),

    # --- Georgia ---
    p("geo-garibashvili", "Irakli Garibashvili", "إيراكلي غاريباشفيلي|غاريباشفيلي",
      "GEO GOV 2021-02-22 2024-02-08< hog Prime Minister"),
    p("geo-kobakhidze", "Irakli Kobakhidze", "إيراكلي كوباخيدزه|كوباخيدزه",
      "GEO GOV 2024-02-08 - hog Prime Minister"),
    p("geo-zourabichvili", "Salome Zourabichvili", "سالومي زورابيشفيلي|زورابيشفيلي",
      "GEO GOV 2018-12-16 2024-12-29< hos President of Georgia"),
    p("geo-kavelashvili", "Mikheil Kavelashvili", "ميخائيل كافيلاشفيلي|كافيلاشفيلي",
      "GEO GOV 2024-12-29 - hos President of Georgia"),

    # --- Canada ---
    p("can-trudeau", "Justin Trudeau", "جاستن ترودو|ترودو|جاستين ترودو",
      "CAN GOV 2015-11-04 2025-03-14< hog Prime Minister",
      "CAN ELI 2025-03-14 - oth Former prime minister"),
    p("can-carney", "Mark Carney", "مارك كارني|كارني",
      "CAN GOV 2025-03-14 - hog Prime Minister"),
    p("can-joly", "Mélanie Joly", "ميلاني جولي|ميلاني جولى",
      "CAN GOV 2021-10-26 2025-05-13< fm Foreign Minister", s="جولي"),
    p("can-anand", "Anita Anand", "أنيتا أناند",
      "CAN GOV 2025-05-13 - fm Foreign Minister", s="أناند"),

    # --- Australia ---
    p("aus-albanese", "Anthony Albanese", "أنتوني ألبانيز|أنتوني ألبانيزي|انتوني ألبانيز",
      "AUS GOV 2022-05-23 - hog Prime Minister"),
    p("aus-wong", "Penny Wong", "بيني وونغ|بيني وونج",
      "AUS GOV 2022-05-23 - fm Foreign Minister", s="وونغ"),

    # --- Brazil ---
    p("bra-lula", "Luiz Inácio Lula da Silva", "لويس إيناسيو لولا دا سيلفا|لولا دا سيلفا|لولا داسيلفا|لويز إيناسيو لولا دا سيلفا",
      "BRA GOV 2023-01-01 - hos President of Brazil", s="لولا|دا سيلفا"),
    p("bra-bolsonaro", "Jair Bolsonaro", "جايير بولسونارو|بولسونارو|جاير بولسونارو",
      "BRA ELI 2023-01-01 - oth Former president"),
    p("bra-vieira", "Mauro Vieira", "ماورو فييرا|ماورو فيرا|ماورو فييرا",
      "BRA GOV 2023-01-01 - fm Foreign Minister", s="فييرا"),

    # --- Venezuela ---
    p("ven-maduro", "Nicolás Maduro", "نيكولاس مادورو|مادورو",
      "VEN GOV 2013-04-19 - hos President of Venezuela",
      n="Status after late 2025 (US pressure and strikes) not checked.", verify=True),
    p("ven-delcy", "Delcy Rodríguez", "ديلسي رودريغيز|ديلسي رودريغز",
      "VEN GOV 2018-06-14 - oth Executive Vice President", verify=True),
    p("ven-machado", "María Corina Machado", "ماريا كورينا ماتشادو|ماتشادو|ماريا كورينا ماشادو",
      "VEN ELI 2023-10-22 - oth Opposition leader (Nobel Peace Prize 2025)", approx=True,
      verify=True),

    # --- Colombia ---
    p("col-petro", "Gustavo Petro", "غوستافو بيترو|بيترو|جوستافو بيترو",
      "COL GOV 2022-08-07 - hos President of Colombia"),

    # --- Argentina ---
    p("arg-fernandez", "Alberto Fernández", "ألبرتو فرنانديز",
      "ARG GOV 2019-12-10 2023-12-10< hos President of Argentina"),
    p("arg-milei", "Javier Milei", "خافيير ميلي|خافيير مايلي|خابيير ميلي",
      "ARG GOV 2023-12-10 - hos President of Argentina",
      n="Bare ميلي is a full form of Mark Milley (west.py), so it is not listed here."),

    # --- Chile ---
    p("chl-boric", "Gabriel Boric", "غابرييل بوريك|بوريك|غابريل بوريك",
      "CHL GOV 2022-03-11 - hos President of Chile (term to 2026-03-11)"),

    # --- Mexico ---
    p("mex-amlo", "Andrés Manuel López Obrador", "أندريس مانويل لوبيز أوبرادور|لوبيز أوبرادور|أوبرادور",
      "MEX GOV 2018-12-01 2024-10-01< hos President of Mexico"),
    p("mex-sheinbaum", "Claudia Sheinbaum", "كلاوديا شينباوم|شينباوم",
      "MEX GOV 2024-10-01 - hos President of Mexico"),

    # --- Cuba ---
    p("cub-diazcanel", "Miguel Díaz-Canel", "ميغيل دياز كانيل|دياز كانيل|ميغيل دياز-كانيل|دياز-كانيل|ميجيل دياز كانيل",
      "CUB GOV 2018-04-19 - hos President of Cuba"),
    p("cub-rodriguez", "Bruno Rodríguez Parrilla", "برونو رودريغيز|برونو رودريغيز باريا|برونو رودريغز",
      "CUB GOV 2009-03-02 - fm Foreign Minister"),

    # --- South Africa ---
    p("zaf-ramaphosa", "Cyril Ramaphosa", "سيريل رامافوزا|رامافوزا|سيريل رامافوسا|رامافوسا|سيريل رامابوزا",
      "ZAF GOV 2018-02-15 - hos President of South Africa"),
    p("zaf-pandor", "Naledi Pandor", "ناليدي باندور|باندور",
      "ZAF GOV 2019-05-30 2024-07-03< fm Minister of International Relations and Cooperation"),
    p("zaf-lamola", "Ronald Lamola", "رونالد لامولا|لامولا",
      "ZAF GOV 2019-05-30 2024-07-03< oth Minister of Justice and Correctional Services",
      "ZAF GOV 2024-07-03 - fm Minister of International Relations and Cooperation"),

    # --- Ethiopia ---
    p("eth-abiy", "Abiy Ahmed", "آبي أحمد|آبي أحمد علي|أبي أحمد",
      "ETH GOV 2018-04-02 - hog Prime Minister",
      n="Bare أحمد is no short form: after a title it is any Ahmed (الفريق أحمد ...)."),

    # --- Eritrea ---
    p("eri-afwerki", "Isaias Afwerki", "أسياس أفورقي|أفورقي|إسياس أفورقي|أسياسي أفورقي|أسياس أفوركي",
      "ERI GOV 1993-05-24 - hos President of Eritrea"),

    # --- Kenya ---
    p("ken-ruto", "William Ruto", "ويليام روتو|وليام روتو|روتو",
      "KEN GOV 2022-09-13 - hos President of Kenya"),

    # --- Nigeria ---
    p("nga-buhari", "Muhammadu Buhari", "محمد بخاري|محمدو بخاري|محمد بوهاري",
      "NGA GOV 2015-05-29 2023-05-29< hos President of Nigeria",
      "NGA ELI 2023-05-29 2025-07-13 oth Former president", s="بوهاري", verify=True),
    p("nga-tinubu", "Bola Tinubu", "بولا تينوبو|تينوبو|بولا أحمد تينوبو",
      "NGA GOV 2023-05-29 - hos President of Nigeria"),
    p("nga-tuggar", "Yusuf Tuggar", "يوسف توغار|توغار|يوسف توجار",
      "NGA GOV 2023-08-21 - fm Foreign Minister", approx=True),

    # --- Senegal ---
    p("sen-sall", "Macky Sall", "ماكي سال",
      "SEN GOV 2012-04-02 2024-04-02< hos President of Senegal",
      "SEN ELI 2024-04-02 - oth Former president"),
    p("sen-faye", "Bassirou Diomaye Faye", "باسيرو ديوماي فاي|ديوماي فاي|بصيرو ديوماي فاي|باسيرو جوماي فاي|بشير ديوماي فاي",
      "SEN GOV 2024-04-02 - hos President of Senegal", s="فاي"),
    p("sen-sonko", "Ousmane Sonko", "عثمان سونكو|سونكو",
      "SEN OPP 2014-01-01 2024-04-02< party Leader of PASTEF (opposition)",
      "SEN GOV 2024-04-02 - hog Prime Minister", approx=True),

    # --- Niger ---
    p("ner-bazoum", "Mohamed Bazoum", "محمد بازوم|بازوم",
      "NER GOV 2021-04-02 2023-07-26 hos President of Niger",
      "NER ELI 2023-07-26 - oth Deposed president (detained)"),
    p("ner-tchiani", "Abdourahamane Tchiani", "عبد الرحمن تياني|تياني|عبد الرحمن تشياني|تشياني|عبدالرحمن تياني|عبد الرحمن تشاني",
      "NER GOV 2023-07-28 - hos Head of the military government (president from 2025-03-26)"),
    p("ner-zeine", "Ali Lamine Zeine", "علي الأمين زين|علي لامين زين|علي محمد الأمين زين",
      "NER GOV 2023-08-08 - hog Prime Minister", approx=True),

    # --- Mali ---
    p("mli-goita", "Assimi Goïta", "أسيمي غويتا|آسيمي غويتا|غويتا|عاصمي غويتا|أسيمي جويتا",
      "MLI GOV 2021-05-24 - hos Head of the military government (transitional president)"),
    p("mli-diop", "Abdoulaye Diop", "عبد الله ديوب|عبدالله ديوب",
      "MLI GOV 2021-06-11 - fm Foreign Minister", s="ديوب", approx=True),

    # --- Burkina Faso ---
    p("bfa-traore", "Ibrahim Traoré", "إبراهيم تراوري|ابراهيم تراوري|النقيب إبراهيم تراوري",
      "BFA GOV 2022-09-30 - hos Head of the military government (transitional president)",
      s="تراوري"),

    # --- Chad ---
    p("tcd-deby", "Mahamat Idriss Déby", "محمد إدريس ديبي|محمد ديبي|محمد إدريس ديبي إتنو|محمد إدريس ديبي اتنو|محمد كاكا",
      "TCD GOV 2021-04-20 - hos President of Chad (head of the transitional council until 2024-05-23)",
      s="ديبي"),

    # --- Rwanda, DR Congo, Uganda, South Sudan ---
    p("rwa-kagame", "Paul Kagame", "بول كاغامي|كاغامي|بول كاجامي|كاجامي",
      "RWA GOV 2000-04-22 - hos President of Rwanda"),
    p("cod-tshisekedi", "Félix Tshisekedi", "فيليكس تشيسيكيدي|تشيسيكيدي|فيليكس تشيسكيدي|تشيسكيدي|فيليكس تشيسيكدي",
      "COD GOV 2019-01-24 - hos President of the Democratic Republic of the Congo"),
    p("uga-museveni", "Yoweri Museveni", "يوري موسيفيني|موسيفيني|يويري موسيفيني|يوويري موسيفيني",
      "UGA GOV 1986-01-29 - hos President of Uganda"),
    p("ssd-machar", "Riek Machar", "رياك مشار|ريك مشار",
      "SSD GOV 2020-02-22 - oth First Vice President (detained from 2025-03-26)",
      approx=True, verify=True),
]
