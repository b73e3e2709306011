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
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import nl.ouderportaal.domain.account.PasswordHash;
import nl.ouderportaal.domain.account.StaffAccounts;
import nl.ouderportaal.domain.account.UserAccount;
import nl.ouderportaal.domain.diary.Album;
import nl.ouderportaal.domain.diary.DiaryDraft;
import nl.ouderportaal.domain.diary.DiaryEntry;
import nl.ouderportaal.domain.diary.Mood;
import nl.ouderportaal.domain.diary.Photo;
import nl.ouderportaal.domain.diary.PhotoStore;
import nl.ouderportaal.domain.family.Child;
import nl.ouderportaal.domain.family.ConsentPurpose;
import nl.ouderportaal.domain.family.Consents;
import nl.ouderportaal.domain.family.ContractDay;
import nl.ouderportaal.domain.family.ContractForm;
import nl.ouderportaal.domain.family.Contracts;
import nl.ouderportaal.domain.family.Families;
import nl.ouderportaal.domain.family.Family;
import nl.ouderportaal.domain.family.Parent;
import nl.ouderportaal.domain.job.JobKind;
import nl.ouderportaal.domain.job.JobRunner;
import nl.ouderportaal.domain.job.Jobs;
import nl.ouderportaal.domain.messaging.GroupMessage;
import nl.ouderportaal.domain.organisation.CalendarKind;
import nl.ouderportaal.domain.organisation.CareType;
import nl.ouderportaal.domain.organisation.DayPart;
import nl.ouderportaal.domain.organisation.Group;
import nl.ouderportaal.domain.organisation.Location;
import nl.ouderportaal.domain.organisation.Locations;
import nl.ouderportaal.domain.organisation.Organisation;
import nl.ouderportaal.domain.organisation.Settings;
import nl.ouderportaal.domain.organisation.StaffMember;
import nl.ouderportaal.domain.organisation.Weekdays;
import nl.ouderportaal.domain.platform.Clocks;
import nl.ouderportaal.domain.platform.Role;
import nl.ouderportaal.domain.platform.RunAs;

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
  @Inject private PhotoStore photoStore;
  @Inject private Locations locations;
  @Inject private Settings settings;
  @Inject private StaffAccounts staffAccounts;
  @Inject private Families families;
  @Inject private Contracts contracts;
  @Inject private Consents consents;

  private LocalDate today;
  private Instant now;
  private String passwordHash;
  private Organisation organisation;
  private UUID eva;
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
      RunAs.account(
          eva,
          Role.SERVICEDESK,
          () -> {
            locations();
            calendar();
            staff();
            families();
            return null;
          });
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

  /**
   * The organisation and its first service desk employee, as the setup page makes them on a new
   * installation; everything after that goes through the back-office's own use cases, as Eva.
   */
  private void organisation() {
    organisation =
        persist(
            new Organisation(
                "Kinderopvang De Zonnebloem", "servicepunt@zonnebloem.example", "030 123 45 67"));
    UserAccount account =
        persist(
            new UserAccount(organisation, SERVICE_DESK_LOGIN, EnumSet.of(Role.SERVICEDESK), now));
    account.activate(passwordHash);
    eva = persist(new StaffMember(organisation, account.id(), "Eva", "Visser")).accountId();
    em.flush();
  }

  /** Locations and groups, as on the page Locaties en groepen. */
  private void locations() {
    UUID boomhutId =
        locations.create(
            new Locations.LocationForm(
                "Kindercentrum De Boomhut",
                "Biltstraat 120",
                "3572 BK",
                "Utrecht",
                "123456789",
                CareType.DAYCARE,
                LocalTime.of(7, 30),
                LocalTime.of(18, 30),
                Weekdays.WORKING_WEEK));
    UUID ontdekkingId =
        locations.create(
            new Locations.LocationForm(
                "BSO De Ontdekking",
                "Kanaalweg 45",
                "3526 KL",
                "Utrecht",
                "987654321",
                CareType.OUT_OF_SCHOOL,
                LocalTime.of(7, 30),
                LocalTime.of(18, 30),
                Weekdays.WORKING_WEEK));
    UUID rupsjesId = group(boomhutId, "Rupsjes", 0, 24, 12, CareType.DAYCARE);
    UUID vlindersId = group(boomhutId, "Vlinders", 24, 48, 16, CareType.DAYCARE);
    UUID avonturiersId = group(ontdekkingId, "Avonturiers", 48, 84, 20, CareType.OUT_OF_SCHOOL);
    UUID ontdekkersId = group(ontdekkingId, "Ontdekkers", 84, 156, 22, CareType.OUT_OF_SCHOOL);
    em.flush();
    boomhut = em.find(Location.class, boomhutId);
    ontdekking = em.find(Location.class, ontdekkingId);
    rupsjes = em.find(Group.class, rupsjesId);
    vlinders = em.find(Group.class, vlindersId);
    avonturiers = em.find(Group.class, avonturiersId);
    ontdekkers = em.find(Group.class, ontdekkersId);
  }

  private UUID group(UUID location, String name, int from, int to, int places, CareType type) {
    return locations.addGroup(
        location, new Locations.GroupForm(name, from, to, Group.same(type, places)));
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
        settings.addCalendarDay(
            location.id(),
            CalendarKind.CLOSED,
            LocalDate.parse(closed[0]),
            LocalDate.parse(closed[0]),
            closed[1]);
      }
    }
    for (String study :
        new String[] {
          "2026-03-12", "2026-06-19", "2026-11-20", "2027-01-29", "2027-03-18", "2027-06-25"
        }) {
      settings.addCalendarDay(
          ontdekking.id(),
          CalendarKind.STUDY_DAY,
          LocalDate.parse(study),
          LocalDate.parse(study),
          "Studiedag");
    }
  }

  private void holiday(Location location, String first, String last, String name) {
    settings.addCalendarDay(
        location.id(),
        CalendarKind.SCHOOL_HOLIDAY,
        LocalDate.parse(first),
        LocalDate.parse(last),
        name);
  }

  /**
   * The group workers, as on the page Medewerkers; they would choose a password from their mail,
   * which in the demo they have done already.
   */
  private void staff() {
    lisa = employee(STAFF_LOGIN, "Lisa", "Bakker", rupsjes);
    employee("mohammed.elamrani@zonnebloem.example", "Mohammed", "El Amrani", avonturiers);
  }

  private StaffMember employee(String email, String firstName, String lastName, Group group) {
    UUID id = staffAccounts.add(firstName, lastName, email, Role.STAFF, Set.of(group.id()));
    StaffMember staff = em.find(StaffMember.class, id);
    em.find(UserAccount.class, staff.accountId()).activate(passwordHash);
    return staff;
  }

  /**
   * The families, as the service desk enters them: the family with its parents, the children, and
   * for each child a contract with its flex hours and group (the credits follow from the flex
   * hours). Most parents chose their password already; the Peters family starts in six weeks and
   * waits for its invitation; the Kramer family's care ended three weeks ago.
   */
  private void families() {
    UUID devriesId =
        family(
            "De Vries",
            "Oudegracht 210",
            "3511 NR",
            true,
            parent("Sanne", "de Vries", PARENT_LOGIN),
            parent("Thomas", "de Vries", "thomas.devries@example.com"));
    UUID noorId = child(devriesId, "Noor", "de Vries", months(7));
    kdv(noorId, rupsjes, monthsAgo(4), null, whole(DayOfWeek.MONDAY, DayOfWeek.TUESDAY));
    bso(
        child(devriesId, "Daan", "de Vries", months(5 * 12 + 2)),
        avonturiers,
        monthsAgo(14),
        afterSchool(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY));

    UUID jansen =
        family(
            "Jansen",
            "Amsterdamsestraatweg 88",
            "3513 AJ",
            true,
            parent("Fatima", "Jansen", "fatima.jansen@example.com"));
    kdv(
        child(jansen, "Liam", "Jansen", months(14)),
        rupsjes,
        monthsAgo(10),
        null,
        whole(DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY));

    UUID smit =
        family(
            "Smit",
            "Twijnstraat 17",
            "3511 ZH",
            true,
            parent("Laura", "Smit", "laura.smit@example.com"),
            parent("Kevin", "Smit", "kevin.smit@example.com"));
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

    UUID meijer =
        family(
            "Meijer",
            "Nachtegaalstraat 5",
            "3581 AB",
            true,
            parent("Anouk", "Meijer", "anouk.meijer@example.com"));
    UUID semId = child(meijer, "Sem", "Meijer", months(9));
    kdv(
        semId,
        rupsjes,
        monthsAgo(6),
        null,
        whole(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY));

    UUID yilmaz =
        family(
            "Yilmaz",
            "Kanaalstraat 140",
            "3531 CK",
            true,
            parent("Ayşe", "Yılmaz", "ayse.yilmaz@example.com"),
            parent("Emre", "Yılmaz", "emre.yilmaz@example.com"));
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

    UUID mulder =
        family(
            "Mulder",
            "Lange Nieuwstraat 31",
            "3512 PE",
            true,
            parent("Jeroen", "Mulder", "jeroen.mulder@example.com"));
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

    UUID bos =
        family(
            "Bos",
            "Merelstraat 12",
            "3514 CN",
            true,
            parent("Iris", "Bos", "iris.bos@example.com"),
            parent("Mark", "Bos", "mark.bos@example.com"));
    kdv(
        child(bos, "Finn", "Bos", months(4)),
        rupsjes,
        monthsAgo(1),
        null,
        whole(DayOfWeek.THURSDAY, DayOfWeek.FRIDAY));

    UUID dekker =
        family(
            "Dekker",
            "Biltstraat 301",
            "3572 AS",
            true,
            parent("Sophie", "Dekker", "sophie.dekker@example.com"));
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

    UUID hendriks =
        family(
            "Hendriks",
            "Burgemeester Reigerstraat 60",
            "3581 KS",
            true,
            parent("Rik", "Hendriks", "rik.hendriks@example.com"),
            parent("Maaike", "Vos", "maaike.vos@example.com"));
    kdv(
        child(hendriks, "Saar", "Hendriks", months(20)),
        rupsjes,
        monthsAgo(16),
        null,
        whole(DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY));

    UUID vandijk =
        family(
            "Van Dijk",
            "Vleutenseweg 220",
            "3532 HR",
            true,
            parent("Priya", "van Dijk", "priya.vandijk@example.com"));
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
    UUID peters =
        family(
            "Peters",
            "Zadelstraat 9",
            "3511 LS",
            false,
            parent("Lieke", "Peters", "lieke.peters@example.com"),
            parent("Bram", "Peters", "bram.peters@example.com"));
    kdv(
        child(peters, "Mila", "Peters", months(2)),
        rupsjes,
        today.plusWeeks(6),
        null,
        whole(DayOfWeek.MONDAY, DayOfWeek.THURSDAY));

    // care ended three weeks ago: the parent can still log in to download for a while
    UUID kramer =
        family(
            "Kramer",
            "Weerdsingel 77",
            "3513 BE",
            true,
            parent("Yvonne", "Kramer", "yvonne.kramer@example.com"));
    kdv(
        child(kramer, "Jesse", "Kramer", months(4 * 12 + 1)),
        vlinders,
        monthsAgo(30),
        today.minusWeeks(3),
        whole(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));

    em.flush();
    devries = em.find(Family.class, devriesId);
    noor = em.find(Child.class, noorId);
    sem = em.find(Child.class, semId);
    sanne =
        em.createQuery("select p from Parent p where p.email = :email", Parent.class)
            .setParameter("email", PARENT_LOGIN)
            .getSingleResult();
  }

  private static Families.NewParent parent(String firstName, String lastName, String email) {
    return new Families.NewParent(firstName, lastName, email, "06 1234 " + (5600 + email.length()));
  }

  /**
   * A family with its parents; those of a family in care chose their password (which the demo sets:
   * they would have done it through their invitation).
   */
  private UUID family(
      String name,
      String street,
      String postalCode,
      boolean active,
      Families.NewParent... parents) {
    UUID id = families.create(name, street, postalCode, "Utrecht", List.of(parents));
    if (active) {
      for (Families.ParentLine parent : families.detail(id).parents()) {
        em.find(UserAccount.class, parent.accountId()).activate(passwordHash);
      }
    }
    return id;
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

  /**
   * A child of the family. Most parents allow photos in the portal and in group photos (given on
   * the enrolment form, which the service desk enters); a few do not, so that the photo rules can
   * be seen at work.
   */
  private UUID child(UUID family, String firstName, String lastName, LocalDate birthDate) {
    UUID id = families.addChild(family, firstName, lastName, birthDate);
    consents.change(id, ConsentPurpose.PHOTOS_IN_PORTAL, !"Luuk".equals(firstName));
    consents.change(
        id, ConsentPurpose.GROUP_PHOTOS, !List.of("Sem", "Lotte", "Luuk").contains(firstName));
    return id;
  }

  /** A KDV contract (whole days: 11 hours, 48 weeks) with 44 flex hours a year, in the group. */
  private void kdv(UUID child, Group group, LocalDate start, LocalDate end, Set<ContractDay> days) {
    LocalDate born = em.find(Child.class, child).birthDate();
    LocalDate from = start.isBefore(born.plusWeeks(10)) ? born.plusWeeks(10) : start;
    BigDecimal hours = BigDecimal.valueOf(days.size() * 11L * 48 / 2);
    contracts.add(
        child,
        new ContractForm(
            boomhut.id(),
            days,
            hours,
            KDV_RATE,
            new BigDecimal("44"),
            null,
            null,
            from,
            end,
            group.id()));
  }

  /** A BSO contract (3.5 hours, 40 weeks) with 18 flex and 44 Vakantiepret hours a year. */
  private void bso(UUID child, Group group, LocalDate start, Set<ContractDay> days) {
    BigDecimal hours = BigDecimal.valueOf(days.size() * 35L * 40 / 10);
    contracts.add(
        child,
        new ContractForm(
            ontdekking.id(),
            days,
            hours,
            BSO_RATE,
            null,
            new BigDecimal("18"),
            new BigDecimal("44"),
            start,
            null,
            group.id()));
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
