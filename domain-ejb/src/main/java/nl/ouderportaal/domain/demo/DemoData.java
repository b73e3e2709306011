package nl.ouderportaal.domain.demo;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import nl.ouderportaal.domain.account.PasswordHash;
import nl.ouderportaal.domain.account.UserAccount;
import nl.ouderportaal.domain.credit.CreditAccount;
import nl.ouderportaal.domain.credit.CreditLedger;
import nl.ouderportaal.domain.credit.CreditType;
import nl.ouderportaal.domain.credit.MutationKind;
import nl.ouderportaal.domain.diary.Album;
import nl.ouderportaal.domain.diary.DiaryDraft;
import nl.ouderportaal.domain.diary.DiaryEntry;
import nl.ouderportaal.domain.diary.Mood;
import nl.ouderportaal.domain.diary.Photo;
import nl.ouderportaal.domain.diary.PhotoStore;
import nl.ouderportaal.domain.family.Child;
import nl.ouderportaal.domain.family.ConsentChange;
import nl.ouderportaal.domain.family.ConsentPurpose;
import nl.ouderportaal.domain.family.Contract;
import nl.ouderportaal.domain.family.ContractDay;
import nl.ouderportaal.domain.family.Family;
import nl.ouderportaal.domain.family.Parent;
import nl.ouderportaal.domain.family.Placement;
import nl.ouderportaal.domain.job.JobKind;
import nl.ouderportaal.domain.job.JobRunner;
import nl.ouderportaal.domain.job.Jobs;
import nl.ouderportaal.domain.messaging.GroupMessage;
import nl.ouderportaal.domain.organisation.Address;
import nl.ouderportaal.domain.organisation.CalendarDay;
import nl.ouderportaal.domain.organisation.CalendarKind;
import nl.ouderportaal.domain.organisation.CareType;
import nl.ouderportaal.domain.organisation.DayPart;
import nl.ouderportaal.domain.organisation.Group;
import nl.ouderportaal.domain.organisation.Location;
import nl.ouderportaal.domain.organisation.Organisation;
import nl.ouderportaal.domain.organisation.StaffMember;
import nl.ouderportaal.domain.platform.Clocks;
import nl.ouderportaal.domain.platform.DateRange;
import nl.ouderportaal.domain.platform.Role;

/**
 * Fills an empty database with a small, believable organisation, relative to today so that the
 * babies stay babies. Runs once: a database that has an organisation is left alone.
 */
@Singleton
@Startup
public class DemoData {

  /** The password of every demo account. */
  public static final String PASSWORD = "Zonnebloem-2026";

  public static final String PARENT_LOGIN = "sanne.devries@example.com";
  public static final String STAFF_LOGIN = "lisa.bakker@zonnebloem.example";
  public static final String SERVICE_DESK_LOGIN = "eva.visser@zonnebloem.example";

  private static final Logger LOG = System.getLogger(DemoData.class.getName());
  private static final BigDecimal KDV_RATE = new BigDecimal("10.95");
  private static final BigDecimal BSO_RATE = new BigDecimal("9.85");

  private static final Duration INVOICES_AFTER = Duration.ofSeconds(20);

  @Resource private TimerService timers;
  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private CreditLedger ledger;
  @Inject private PhotoStore photoStore;

  private LocalDate today;
  private Instant now;
  private String passwordHash;
  private Organisation organisation;
  private Location boomhut;
  private Location ontdekking;
  private Group rupsjes;
  private Group vlinders;
  private Group avonturiers;
  private Group ontdekkers;
  private StaffMember lisa;
  private Parent sanne;
  private Family devries;
  private Child noor;
  private Child sem;

  /**
   * Starts the invoicing of the last three months for the demo organisation, so that Facturen and
   * the job monitor are not empty on a first run.
   */
  @Timeout
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  void invoicePastMonths(Timer timer) {
    try {
      JobRunner runner = InitialContext.doLookup(JobRunner.JNDI_NAME);
      YearMonth current = YearMonth.now(clock);
      for (int back = 3; back >= 1; back--) {
        long id =
            runner.start(
                JobKind.MONTHLY_INVOICING.jobName(),
                Map.of(
                    JobKind.MONTHLY_INVOICING.parameter(),
                    current.minusMonths(back).toString(),
                    Jobs.ORGANISATION,
                    (String) timer.getInfo(),
                    Jobs.STARTED_BY,
                    "demo"));
        // one month after the other, so that the invoice numbers follow the months
        Instant until = Instant.now().plusSeconds(120);
        while (Instant.now().isBefore(until)
            && runner.execution(id).filter(run -> run.end() == null).isPresent()) {
          Thread.sleep(500);
        }
      }
    } catch (NamingException | RuntimeException failed) {
      LOG.log(Level.WARNING, "The demo invoices could not be started", failed);
    } catch (InterruptedException stopping) {
      Thread.currentThread().interrupt();
    }
  }

  @PostConstruct
  void load() {
    if (!enabled()) {
      return;
    }
    boolean empty =
        em.createQuery("select count(o) from Organisation o", Long.class).getSingleResult() == 0;
    if (empty) {
      today = LocalDate.now(clock);
      now = clock.instant();
      passwordHash = PasswordHash.hash(PASSWORD.toCharArray());
      organisation();
      calendar();
      staff();
      families();
      diaryAndPhotos();
      questions();
      news();
      LOG.log(Level.INFO, "Demo data loaded");
      // the invoices of the months before today, as the schedule would have made them; once the
      // server is up, as the batch module must be there to run them
      timers.createSingleActionTimer(
          INVOICES_AFTER.toMillis(), new TimerConfig(organisation.id().toString(), false));
    }
    LOG.log(
        Level.INFO,
        """

        ============================================================================
         Ouderportaal demo. Every demo account has the password {0}
           Parent (portal)            {1}
           Staff (back-office)        {2}
           Service desk (back-office) {3}
         Portal:      http://localhost:8080/portal/
         Back-office: http://localhost:8080/backoffice/
        ============================================================================""",
        PASSWORD,
        PARENT_LOGIN,
        STAFF_LOGIN,
        SERVICE_DESK_LOGIN);
  }

  /** Only the development run asks for demo data; production never sets this. */
  static boolean enabled() {
    return "true".equalsIgnoreCase(System.getenv("OUDERPORTAAL_DEMO_DATA"))
        || Boolean.getBoolean("ouderportaal.demo-data");
  }

  private void organisation() {
    organisation =
        persist(
            new Organisation(
                "Kinderopvang De Zonnebloem", "servicepunt@zonnebloem.example", "030 123 45 67"));
    boomhut =
        persist(
            new Location(
                organisation,
                "Kindercentrum De Boomhut",
                new Address("Biltstraat 120", "3572 BK", "Utrecht"),
                "123456789",
                CareType.DAYCARE));
    ontdekking =
        persist(
            new Location(
                organisation,
                "BSO De Ontdekking",
                new Address("Kanaalweg 45", "3526 KL", "Utrecht"),
                "987654321",
                CareType.OUT_OF_SCHOOL));
    rupsjes = persist(new Group(boomhut, "Rupsjes", 0, 24, 12));
    vlinders = persist(new Group(boomhut, "Vlinders", 24, 48, 16));
    avonturiers = persist(new Group(ontdekking, "Avonturiers", 48, 84, 20));
    ontdekkers = persist(new Group(ontdekking, "Ontdekkers", 84, 156, 22));
  }

  /** School holidays of region Midden, study days and the closing days of 2026 and 2027. */
  private void calendar() {
    for (Location location : List.of(boomhut, ontdekking)) {
      holiday(location, "2026-02-14", "2026-02-22", "Voorjaarsvakantie");
      holiday(location, "2026-04-25", "2026-05-03", "Meivakantie");
      holiday(location, "2026-07-04", "2026-08-16", "Zomervakantie");
      holiday(location, "2026-10-10", "2026-10-18", "Herfstvakantie");
      holiday(location, "2026-12-19", "2027-01-03", "Kerstvakantie");
      holiday(location, "2027-02-20", "2027-02-28", "Voorjaarsvakantie");
      holiday(location, "2027-04-24", "2027-05-02", "Meivakantie");
      holiday(location, "2027-07-10", "2027-08-22", "Zomervakantie");
      holiday(location, "2027-10-16", "2027-10-24", "Herfstvakantie");
      holiday(location, "2027-12-25", "2028-01-09", "Kerstvakantie");
      for (String[] closed :
          new String[][] {
            {"2026-01-01", "Nieuwjaarsdag"},
            {"2026-04-06", "Tweede paasdag"},
            {"2026-04-27", "Koningsdag"},
            {"2026-05-14", "Hemelvaartsdag"},
            {"2026-05-25", "Tweede pinksterdag"},
            {"2026-12-25", "Eerste kerstdag"},
            {"2026-12-26", "Tweede kerstdag"},
            {"2027-01-01", "Nieuwjaarsdag"},
            {"2027-03-29", "Tweede paasdag"},
            {"2027-04-27", "Koningsdag"},
            {"2027-05-06", "Hemelvaartsdag"},
            {"2027-05-17", "Tweede pinksterdag"}
          }) {
        persist(
            new CalendarDay(
                location,
                CalendarKind.CLOSED,
                LocalDate.parse(closed[0]),
                LocalDate.parse(closed[0]),
                closed[1]));
      }
    }
    for (String study :
        new String[] {
          "2026-03-12", "2026-06-19", "2026-11-20", "2027-01-29", "2027-03-18", "2027-06-25"
        }) {
      persist(
          new CalendarDay(
              ontdekking,
              CalendarKind.STUDY_DAY,
              LocalDate.parse(study),
              LocalDate.parse(study),
              "Studiedag"));
    }
  }

  private void holiday(Location location, String first, String last, String name) {
    persist(
        new CalendarDay(
            location,
            CalendarKind.SCHOOL_HOLIDAY,
            LocalDate.parse(first),
            LocalDate.parse(last),
            name));
  }

  private void staff() {
    lisa = employee(STAFF_LOGIN, "Lisa", "Bakker", Role.STAFF);
    lisa.workIn(rupsjes);
    StaffMember mohammed =
        employee("mohammed.elamrani@zonnebloem.example", "Mohammed", "El Amrani", Role.STAFF);
    mohammed.workIn(avonturiers);
    employee(SERVICE_DESK_LOGIN, "Eva", "Visser", Role.SERVICEDESK);
  }

  private StaffMember employee(String email, String firstName, String lastName, Role role) {
    UserAccount account = persist(new UserAccount(organisation, email, EnumSet.of(role), now));
    account.activate(passwordHash);
    return persist(new StaffMember(organisation, account.id(), firstName, lastName));
  }

  private void families() {
    devries = family("De Vries", "Oudegracht 210", "3511 NR");
    sanne = parent(devries, "Sanne", "de Vries", PARENT_LOGIN, true);
    parent(devries, "Thomas", "de Vries", "thomas.devries@example.com", true);
    noor = child(devries, "Noor", "de Vries", months(7));
    kdv(noor, rupsjes, monthsAgo(4), null, whole(DayOfWeek.MONDAY, DayOfWeek.TUESDAY));
    bso(
        child(devries, "Daan", "de Vries", months(5 * 12 + 2)),
        avonturiers,
        monthsAgo(14),
        afterSchool(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY));

    Family jansen = family("Jansen", "Amsterdamsestraatweg 88", "3513 AJ");
    parent(jansen, "Fatima", "Jansen", "fatima.jansen@example.com", true);
    kdv(
        child(jansen, "Liam", "Jansen", months(14)),
        rupsjes,
        monthsAgo(10),
        null,
        whole(DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY));

    Family smit = family("Smit", "Twijnstraat 17", "3511 ZH");
    parent(smit, "Laura", "Smit", "laura.smit@example.com", true);
    parent(smit, "Kevin", "Smit", "kevin.smit@example.com", true);
    kdv(
        child(smit, "Emma", "Smit", months(3 * 12 + 1)),
        vlinders,
        monthsAgo(30),
        null,
        mornings(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY));
    bso(
        child(smit, "Julia", "Smit", months(8 * 12 + 4)),
        ontdekkers,
        monthsAgo(40),
        afterSchool(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY));

    Family meijer = family("Meijer", "Nachtegaalstraat 5", "3581 AB");
    parent(meijer, "Anouk", "Meijer", "anouk.meijer@example.com", true);
    sem = child(meijer, "Sem", "Meijer", months(9));
    kdv(
        sem,
        rupsjes,
        monthsAgo(6),
        null,
        whole(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY));

    Family yilmaz = family("Yilmaz", "Kanaalstraat 140", "3531 CK");
    parent(yilmaz, "Ayşe", "Yılmaz", "ayse.yilmaz@example.com", true);
    parent(yilmaz, "Emre", "Yılmaz", "emre.yilmaz@example.com", true);
    kdv(
        child(yilmaz, "Zeynep", "Yılmaz", months(2 * 12 + 3)),
        vlinders,
        monthsAgo(20),
        null,
        whole(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY));
    bso(
        child(yilmaz, "Mert", "Yılmaz", months(6 * 12)),
        avonturiers,
        monthsAgo(24),
        afterSchool(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY));

    Family mulder = family("Mulder", "Lange Nieuwstraat 31", "3512 PE");
    parent(mulder, "Jeroen", "Mulder", "jeroen.mulder@example.com", true);
    bso(
        child(mulder, "Tess", "Mulder", months(10 * 12 + 5)),
        ontdekkers,
        monthsAgo(60),
        afterSchool(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
    bso(
        child(mulder, "Bo", "Mulder", months(5 * 12 + 7)),
        avonturiers,
        monthsAgo(18),
        afterSchool(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));

    Family bos = family("Bos", "Merelstraat 12", "3514 CN");
    parent(bos, "Iris", "Bos", "iris.bos@example.com", true);
    parent(bos, "Mark", "Bos", "mark.bos@example.com", true);
    kdv(
        child(bos, "Finn", "Bos", months(4)),
        rupsjes,
        monthsAgo(1),
        null,
        whole(DayOfWeek.THURSDAY, DayOfWeek.FRIDAY));

    Family dekker = family("Dekker", "Biltstraat 301", "3572 AS");
    parent(dekker, "Sophie", "Dekker", "sophie.dekker@example.com", true);
    kdv(
        child(dekker, "Lotte", "Dekker", months(3 * 12 + 6)),
        vlinders,
        monthsAgo(36),
        null,
        whole(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY));
    bso(
        child(dekker, "Milan", "Dekker", months(11 * 12)),
        ontdekkers,
        monthsAgo(70),
        afterSchool(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY));

    Family hendriks = family("Hendriks", "Burgemeester Reigerstraat 60", "3581 KS");
    parent(hendriks, "Rik", "Hendriks", "rik.hendriks@example.com", true);
    parent(hendriks, "Maaike", "Vos", "maaike.vos@example.com", true);
    kdv(
        child(hendriks, "Saar", "Hendriks", months(20)),
        rupsjes,
        monthsAgo(16),
        null,
        whole(DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY));

    Family vandijk = family("Van Dijk", "Vleutenseweg 220", "3532 HR");
    parent(vandijk, "Priya", "van Dijk", "priya.vandijk@example.com", true);
    bso(
        child(vandijk, "Luuk", "van Dijk", months(7 * 12 + 2)),
        ontdekkers,
        monthsAgo(30),
        afterSchool(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY));
    kdv(
        child(vandijk, "Ravi", "van Dijk", months(11)),
        rupsjes,
        monthsAgo(7),
        null,
        whole(DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY));

    // care starts in six weeks: the parents have no password yet (they get an invitation)
    Family peters = family("Peters", "Zadelstraat 9", "3511 LS");
    parent(peters, "Lieke", "Peters", "lieke.peters@example.com", false);
    parent(peters, "Bram", "Peters", "bram.peters@example.com", false);
    kdv(
        child(peters, "Mila", "Peters", months(2)),
        rupsjes,
        today.plusWeeks(6),
        null,
        whole(DayOfWeek.MONDAY, DayOfWeek.THURSDAY));

    // care ended three weeks ago: the parent can still log in to download for a while
    Family kramer = family("Kramer", "Weerdsingel 77", "3513 BE");
    parent(kramer, "Yvonne", "Kramer", "yvonne.kramer@example.com", true);
    kdv(
        child(kramer, "Jesse", "Kramer", months(4 * 12 + 1)),
        vlinders,
        monthsAgo(30),
        today.minusWeeks(3),
        whole(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
  }

  private Family family(String name, String street, String postalCode) {
    return persist(new Family(organisation, name, new Address(street, postalCode, "Utrecht")));
  }

  private Parent parent(
      Family family, String firstName, String lastName, String email, boolean active) {
    Parent parent =
        persist(
            new Parent(family, firstName, lastName, email, "06 1234 " + (5600 + email.length())));
    UserAccount account =
        persist(new UserAccount(organisation, email, EnumSet.of(Role.PARENT), now));
    if (active) {
      account.activate(passwordHash);
    }
    parent.linkAccount(account.id());
    return parent;
  }

  /**
   * The diary of Noor (7 months, the demo parent's baby) over the last days, by Lisa of the Rupsjes
   * and once by Sanne, with photos; an album of the Rupsjes with a photo of Noor alone (the parents
   * see it) and one with Sem, whose parents did not allow group photos (so Noor's parents do not
   * see that one); messages of the group both ways.
   */
  private void diaryAndPhotos() {
    String[][] days = {
      {
        "Noor heeft vandaag voor het eerst zelf een rammelaar vastgepakt en er flink mee geschud!",
        "Fruithapje (peer) en 150 ml fles",
        "Twee keer een uur, rustig ingeslapen",
        "3 natte, 1 vieze",
        "HAPPY"
      },
      {
        "Een rustige dag. Noor keek graag naar de andere kinderen en lag lekker op de speelmat.",
        "Groentehapje bijna op",
        "Ochtendslaapje van anderhalf uur",
        "4 natte",
        "CONTENT"
      },
      {
        "Noor was wat hangerig, misschien komen er tandjes door. Veel geknuffeld.",
        "Fles 120 ml, hapje half",
        "Kort geslapen, twee keer wakker",
        "3 natte",
        "TIRED"
      },
      {
        "We hebben buiten in de kinderwagen gewandeld; Noor vond de eendjes prachtig.",
        "Fruithapje (banaan) en fles",
        "In de wagen in slaap gevallen",
        "2 natte, 1 vieze",
        "HAPPY"
      },
    };
    for (int i = 0; i < days.length; i++) {
      LocalDate day = workdayBefore(today, days.length - i);
      Instant at = day.atTime(15, 30).atZone(Clocks.ZONE).toInstant();
      String[] d = days[i];
      DiaryEntry entry =
          persist(
              new DiaryEntry(
                  noor,
                  lisa.accountId(),
                  lisa.firstName(),
                  true,
                  at,
                  day,
                  new DiaryDraft(d[0], d[1], d[2], d[3], Mood.valueOf(d[4]))));
      if (i % 2 == 0) {
        persist(
            Photo.inDiary(
                entry, photoStore.store(DemoPictures.picture(10 + i)), lisa.accountId(), at));
      }
    }
    Instant evening = today.minusDays(1).atTime(20, 15).atZone(Clocks.ZONE).toInstant();
    DiaryEntry home =
        persist(
            new DiaryEntry(
                noor,
                sanne.accountId(),
                sanne.fullName(),
                false,
                evening,
                today.minusDays(1),
                new DiaryDraft(
                    "Thuis heeft Noor zich voor het eerst omgerold, van buik naar rug! Misschien lukt het bij jullie ook?",
                    null,
                    "Vannacht goed doorgeslapen",
                    null,
                    Mood.HAPPY)));
    persist(
        Photo.inDiary(
            home, photoStore.store(DemoPictures.picture(20)), sanne.accountId(), evening));

    Instant walk = workdayBefore(today, 2).atTime(11, 0).atZone(Clocks.ZONE).toInstant();
    Album album = persist(new Album(rupsjes, "Herfstwandeling", lisa.accountId(), walk));
    persist(
        Photo.ofGroup(
            rupsjes,
            album,
            Set.of(noor.id()),
            "Noor tussen de bladeren",
            photoStore.store(DemoPictures.picture(30)),
            lisa.accountId(),
            walk));
    persist(
        Photo.ofGroup(
            rupsjes,
            album,
            Set.of(noor.id(), sem.id()),
            "Samen in de bolderkar",
            photoStore.store(DemoPictures.picture(31)),
            lisa.accountId(),
            walk.plusSeconds(60)));
    persist(
        Photo.ofGroup(
            rupsjes,
            album,
            Set.of(),
            "De eendjes in de vijver",
            photoStore.store(DemoPictures.picture(32)),
            lisa.accountId(),
            walk.plusSeconds(120)));

    Instant morning = workdayBefore(today, 3).atTime(9, 10).atZone(Clocks.ZONE).toInstant();
    persist(
        new GroupMessage(
            rupsjes,
            null,
            lisa.accountId(),
            lisa.firstName(),
            true,
            "Lieve ouders, vrijdag maken we een herfstwandeling. Willen jullie een warme jas en een muts meegeven?",
            morning));
    persist(
        new GroupMessage(
            rupsjes,
            devries,
            sanne.accountId(),
            sanne.fullName(),
            false,
            "Noor heeft nog geen muts die past; kan ze er eentje van de groep lenen?",
            morning.plusSeconds(3600)));
    persist(
        new GroupMessage(
            rupsjes,
            devries,
            lisa.accountId(),
            lisa.firstName(),
            true,
            "Natuurlijk, we hebben een mandje met mutsjes. Geen probleem!",
            morning.plusSeconds(5400)));
  }

  private static LocalDate workdayBefore(LocalDate day, int workdays) {
    LocalDate result = day;
    int left = workdays;
    while (left > 0) {
      result = result.minusDays(1);
      if (result.getDayOfWeek() != DayOfWeek.SATURDAY
          && result.getDayOfWeek() != DayOfWeek.SUNDAY) {
        left--;
      }
    }
    return result;
  }

  private Child child(Family family, String firstName, String lastName, LocalDate birthDate) {
    Child child = persist(new Child(family, firstName, lastName, birthDate));
    // most parents allow photos in the portal and in group photos; a few do not, so that the
    // photo rules can be seen at work
    boolean groupPhotos = !List.of("Sem", "Lotte", "Luuk").contains(firstName);
    boolean portalPhotos = !"Luuk".equals(firstName);
    String by = "Ouder (demo)";
    persist(new ConsentChange(child, ConsentPurpose.PHOTOS_IN_PORTAL, portalPhotos, now, null, by));
    persist(new ConsentChange(child, ConsentPurpose.GROUP_PHOTOS, groupPhotos, now, null, by));
    return child;
  }

  private void kdv(
      Child child, Group group, LocalDate start, LocalDate end, Set<ContractDay> days) {
    LocalDate from =
        start.isBefore(child.birthDate().plusWeeks(10)) ? child.birthDate().plusWeeks(10) : start;
    DateRange period = new DateRange(from, end);
    persist(new Placement(child, group, period));
    BigDecimal hours = BigDecimal.valueOf(days.size() * 11L * 48 / 2);
    persist(new Contract(child, boomhut, days, hours, KDV_RATE, period));
    if (end == null) {
      // flex hours bought with the contract, this year and next
      credit(child, CreditType.DAYCARE_FLEX, today.getYear(), "22");
      credit(child, CreditType.DAYCARE_FLEX, today.getYear() + 1, "44");
    }
  }

  private void bso(Child child, Group group, LocalDate start, Set<ContractDay> days) {
    DateRange period = DateRange.from(start);
    persist(new Placement(child, group, period));
    BigDecimal hours = BigDecimal.valueOf(days.size() * 35L * 40 / 10);
    persist(new Contract(child, ontdekking, days, hours, BSO_RATE, period));
    credit(child, CreditType.OUT_OF_SCHOOL_FLEX, today.getYear(), "9");
    credit(child, CreditType.OUT_OF_SCHOOL_FLEX, today.getYear() + 1, "18");
    credit(child, CreditType.HOLIDAY, today.getYear(), "22");
    credit(child, CreditType.HOLIDAY, today.getYear() + 1, "44");
  }

  private void credit(Child child, CreditType type, int year, String hours) {
    em.flush();
    ledger.change(
        child,
        type,
        CreditAccount.endOfYear(year),
        new BigDecimal(hours),
        MutationKind.GRANT,
        "Contract " + year,
        null);
  }

  private static Set<ContractDay> whole(DayOfWeek... weekdays) {
    Set<ContractDay> days = new HashSet<>();
    for (DayOfWeek weekday : weekdays) {
      days.add(new ContractDay(weekday, DayPart.MORNING));
      days.add(new ContractDay(weekday, DayPart.AFTERNOON));
    }
    return days;
  }

  private static Set<ContractDay> mornings(DayOfWeek... weekdays) {
    List<ContractDay> days = new ArrayList<>();
    for (DayOfWeek weekday : weekdays) {
      days.add(new ContractDay(weekday, DayPart.MORNING));
    }
    return new HashSet<>(days);
  }

  private static Set<ContractDay> afterSchool(DayOfWeek... weekdays) {
    Set<ContractDay> days = new HashSet<>();
    for (DayOfWeek weekday : weekdays) {
      days.add(new ContractDay(weekday, DayPart.AFTER_SCHOOL));
    }
    return days;
  }

  private LocalDate months(int ageInMonths) {
    return today.minusMonths(ageInMonths).minusDays(ageInMonths % 5 * 3L);
  }

  private LocalDate monthsAgo(int months) {
    return today.minusMonths(months);
  }

  private <T> T persist(T entity) {
    em.persist(entity);
    return entity;
  }

  /**
   * 'Stel een vraag': the demo parent asked about the annual statement, which the service desk
   * answered, and asks to change Daan's contract, which still waits.
   */
  private void questions() {
    em.flush();
    Parent sanne =
        em.createQuery("select p from Parent p where p.email = :email", Parent.class)
            .setParameter("email", PARENT_LOGIN)
            .getSingleResult();
    Child daan =
        em.createQuery(
                "select c from Child c where c.family = :family and c.firstName = :name",
                Child.class)
            .setParameter("family", sanne.family())
            .setParameter("name", "Daan")
            .getSingleResult();
    UserAccount deskAccount =
        em.createNamedQuery("UserAccount.findByEmail", UserAccount.class)
            .setParameter("email", SERVICE_DESK_LOGIN)
            .getSingleResult();
    StaffMember eva =
        em.createNamedQuery("StaffMember.findByAccount", StaffMember.class)
            .setParameter("accountId", deskAccount.id())
            .getSingleResult();
    var parent = nl.ouderportaal.domain.question.Author.parent(sanne.accountId(), sanne.fullName());
    var answered =
        new nl.ouderportaal.domain.question.Question(
            sanne.family(),
            null,
            nl.ouderportaal.domain.question.Topic.INVOICE,
            "Jaaropgave voor de toeslag",
            parent,
            "Wanneer krijgen we de jaaropgave? We hebben hem nodig voor de kinderopvangtoeslag.",
            now.minus(java.time.Duration.ofDays(9)));
    answered.answer(
        nl.ouderportaal.domain.question.Author.serviceDesk(eva.accountId(), eva.firstName()),
        "De jaaropgaven maken we in januari. Je vindt hem daarna onder 'Documenten en"
            + " jaaropgaven', en je krijgt er een bericht over.",
        now.minus(java.time.Duration.ofDays(8)));
    persist(answered);
    persist(
        new nl.ouderportaal.domain.question.Question(
            sanne.family(),
            daan,
            nl.ouderportaal.domain.question.Topic.CONTRACT_CHANGE,
            "Daan ook op vrijdag naar de BSO",
            parent,
            "Vanaf januari willen we Daan ook op vrijdag naar de BSO laten gaan. Kan dat, en"
                + " wat kost het per maand?",
            now.minus(java.time.Duration.ofDays(1))));
  }

  /**
   * Three news items under 'Locatie': one for every location, one for De Boomhut with a newsletter
   * (a PDF made here), one for BSO De Ontdekking. The blob store is looked up rather than injected,
   * and names are written in full, so that the news stays within this one method.
   */
  private void news() {
    java.util.UUID desk =
        em.createQuery(
                "select a.id from UserAccount a where a.email = :email", java.util.UUID.class)
            .setParameter("email", SERVICE_DESK_LOGIN)
            .getSingleResult();
    java.io.ByteArrayOutputStream pdf = new java.io.ByteArrayOutputStream();
    com.lowagie.text.Document document = new com.lowagie.text.Document();
    com.lowagie.text.pdf.PdfWriter.getInstance(document, pdf);
    document.open();
    document.add(
        new com.lowagie.text.Paragraph(
            "Nieuwsbrief De Boomhut",
            new com.lowagie.text.Font(
                com.lowagie.text.Font.HELVETICA, 18, com.lowagie.text.Font.BOLD)));
    document.add(
        new com.lowagie.text.Paragraph(
            "Deze maand op de Rupsjes en de Vlinders: we zaaien tuinkers, lezen voor uit"
                + " 'Rupsje Nooitgenoeg' en gaan met de bolderkar naar de kinderboerderij."));
    document.add(
        new com.lowagie.text.Paragraph(
            "Vanaf maandag hangt er een lijst bij de deur voor het zomerfeest. Wie helpt er mee?"));
    document.close();
    var cdi = jakarta.enterprise.inject.spi.CDI.current();
    java.util.UUID blob =
        cdi.select(nl.ouderportaal.domain.document.Blobs.class)
            .get()
            .store("application/pdf", new java.io.ByteArrayInputStream(pdf.toByteArray()));
    persist(
        new nl.ouderportaal.domain.news.NewsItem(
            organisation,
            null,
            new nl.ouderportaal.domain.news.NewsText(
                "Nieuwe openingstijden in de zomer",
                "In de zomervakantie zijn al onze locaties open van 7.30 tot 18.00 uur.\n\n"
                    + "Heb je in die weken later opvang nodig? Laat het het Servicepunt weten."),
            null,
            desk,
            "Eva Visser",
            now.minus(java.time.Duration.ofDays(9))));
    persist(
        new nl.ouderportaal.domain.news.NewsItem(
            organisation,
            boomhut,
            new nl.ouderportaal.domain.news.NewsText(
                "Nieuwsbrief van De Boomhut",
                "Lees in de nieuwsbrief wat de kinderen deze maand doen, en hoe je kunt helpen bij"
                    + " het zomerfeest."),
            new nl.ouderportaal.domain.news.Newsletter(blob, "nieuwsbrief-de-boomhut.pdf"),
            desk,
            "Eva Visser",
            now.minus(java.time.Duration.ofDays(3))));
    persist(
        new nl.ouderportaal.domain.news.NewsItem(
            organisation,
            ontdekking,
            new nl.ouderportaal.domain.news.NewsText(
                "Studiedag: de BSO is dicht",
                "Op de studiedag is BSO De Ontdekking de hele dag dicht. Kijk in de agenda voor de"
                    + " datum."),
            null,
            desk,
            "Eva Visser",
            now.minus(java.time.Duration.ofDays(1))));
  }
}
