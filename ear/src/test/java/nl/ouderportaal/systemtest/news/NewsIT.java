package nl.ouderportaal.systemtest.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import nl.ouderportaal.domain.document.FileDownload;
import nl.ouderportaal.domain.news.News;
import nl.ouderportaal.domain.notification.Category;
import nl.ouderportaal.domain.notification.Channel;
import nl.ouderportaal.domain.notification.Preferences;
import nl.ouderportaal.domain.platform.BusinessException;
import nl.ouderportaal.domain.platform.NotFoundException;
import nl.ouderportaal.systemtest.support.Caller;
import nl.ouderportaal.systemtest.support.Fixtures;
import nl.ouderportaal.systemtest.support.NewFamily;
import nl.ouderportaal.systemtest.support.Scenario;
import nl.ouderportaal.systemtest.support.SystemTestDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * 'Locatie' in the boundary: who reads which news and newsletters, who writes them, and who is told
 * how. In each scenario the children of families A and B are at the organisation's one KDV; a
 * second scenario is another organisation.
 */
@ExtendWith(ArquillianExtension.class)
public class NewsIT {

  @Deployment
  public static WebArchive deployment() {
    return SystemTestDeployment.forTest(NewsIT.class)
        .addClasses(NewsFixtures.class, NewsPdfs.class);
  }

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/News")
  private News news;

  @EJB(lookup = "java:global/ouderportaal/domain-ejb/Preferences")
  private Preferences preferences;

  @Inject private Fixtures fixtures;
  @Inject private NewsFixtures newsFixtures;

  @Test
  public void aParentReadsTheNewsOfTheirLocationAndOfTheirOrganisationNewestFirst()
      throws Exception {
    Scenario s = fixtures.scenario();
    Scenario other = fixtures.scenario();
    UUID kdv = fixtures.locationOf(s.groupX());
    UUID bso = newsFixtures.anotherLocation(s.organisation(), "BSO " + s.token());
    publish(s, null, "Nieuwe tarieven " + s.token());
    publish(s, kdv, "Zomerfeest " + s.token());
    publish(s, bso, "Studiedag BSO " + s.token());
    publish(other, null, "Nieuws van elders " + other.token());

    News.Page a = as(s.parentAAccount(), "PARENT", () -> news.mine(0, 10));
    assertThat(a.items())
        .extracting(News.Item::title)
        .containsExactly("Zomerfeest " + s.token(), "Nieuwe tarieven " + s.token());
    assertThat(a.total()).isEqualTo(2);
    assertThat(a.items())
        .extracting(News.Item::locationName)
        .containsExactly("KDV " + s.token(), null);
    assertThat(a.items()).allSatisfy(item -> assertThat(item.unread()).isTrue());
    assertThat(as(s.parentBAccount(), "PARENT", () -> news.mine(0, 10)).items())
        .extracting(News.Item::title)
        .containsExactly("Zomerfeest " + s.token(), "Nieuwe tarieven " + s.token());
    assertThat(as(other.parentAAccount(), "PARENT", () -> news.mine(0, 10)).items())
        .extracting(News.Item::title)
        .containsExactly("Nieuws van elders " + other.token());

    News.Page second = as(s.parentAAccount(), "PARENT", () -> news.mine(1, 1));
    assertThat(second.items())
        .extracting(News.Item::title)
        .containsExactly("Nieuwe tarieven " + s.token());
    assertThat(second.total()).isEqualTo(2);
  }

  @Test
  public void anItemOrNewsletterThatIsNotForTheCallerDoesNotExist() throws Exception {
    Scenario s = fixtures.scenario();
    Scenario other = fixtures.scenario();
    UUID kdv = fixtures.locationOf(s.groupX());
    UUID bso = newsFixtures.anotherLocation(s.organisation(), "BSO " + s.token());
    byte[] pdf = NewsPdfs.newsletter("Nieuwsbrief maart", s.token());
    UUID item =
        as(
                s.serviceDeskAccount(),
                "SERVICEDESK",
                () ->
                    news.publish(
                        kdv,
                        "Nieuwsbrief maart",
                        "",
                        "Nieuwsbrief maart.pdf",
                        pdf.length,
                        new ByteArrayInputStream(pdf)))
            .id();
    UUID forBso = publish(s, bso, "Alleen voor de BSO");

    FileDownload file = as(s.parentAAccount(), "PARENT", () -> news.newsletter(item));
    assertThat(file.fileName()).isEqualTo("nieuwsbrief-maart.pdf");
    assertThat(file.contentType()).isEqualTo("application/pdf");
    assertThat(file.sizeBytes()).isEqualTo(pdf.length);
    assertThat(download(s.parentAAccount(), "PARENT", item)).isEqualTo(pdf);
    assertThat(download(s.serviceDeskAccount(), "SERVICEDESK", item)).isEqualTo(pdf);
    assertThat(as(s.parentAAccount(), "PARENT", () -> news.read(item)).text()).isNull();

    for (Callable<?> notTheirs :
        List.<Callable<?>>of(
            () -> as(other.parentAAccount(), "PARENT", () -> news.read(item)),
            () -> as(other.parentAAccount(), "PARENT", () -> news.newsletter(item)),
            () -> download(other.parentAAccount(), "PARENT", item),
            () -> as(other.serviceDeskAccount(), "SERVICEDESK", () -> news.read(item)),
            () -> as(other.serviceDeskAccount(), "SERVICEDESK", () -> news.newsletter(item)),
            () -> as(s.staffXAccount(), "STAFF", () -> news.read(item)),
            () -> as(s.staffXAccount(), "STAFF", () -> news.newsletter(item)),
            () -> as(s.parentAAccount(), "PARENT", () -> news.read(forBso)),
            () -> as(s.parentAAccount(), "PARENT", () -> news.newsletter(forBso)),
            () -> as(s.parentAAccount(), "PARENT", () -> news.read(UUID.randomUUID())),
            () -> as(s.staffXAccount(), "STAFF", () -> news.mine(0, 10)))) {
      assertThatThrownBy(notTheirs::call).isInstanceOf(NotFoundException.class);
    }
  }

  @Test
  public void aNewsletterForTheWholeOrganisationIsEveryParentsOfItAndNoOneElses() throws Exception {
    Scenario s = fixtures.scenario();
    Scenario other = fixtures.scenario();
    byte[] pdf = NewsPdfs.newsletter("Nieuwsbrief voor iedereen", s.token());
    UUID item =
        as(
                s.serviceDeskAccount(),
                "SERVICEDESK",
                () ->
                    news.publish(
                        null,
                        "Nieuwsbrief voor iedereen",
                        "",
                        "Nieuwsbrief voor iedereen.pdf",
                        pdf.length,
                        new ByteArrayInputStream(pdf)))
            .id();

    for (UUID parent : List.of(s.parentAAccount(), s.parentBAccount())) {
      FileDownload file = as(parent, "PARENT", () -> news.newsletter(item));
      assertThat(file.fileName()).isEqualTo("nieuwsbrief-voor-iedereen.pdf");
      assertThat(file.sizeBytes()).isEqualTo(pdf.length);
      assertThat(download(parent, "PARENT", item)).isEqualTo(pdf);
    }
    assertThat(as(s.parentAAccount(), "PARENT", () -> news.read(item)).forEveryone()).isTrue();
    assertThat(download(s.serviceDeskAccount(), "SERVICEDESK", item)).isEqualTo(pdf);

    for (Callable<?> notTheirs :
        List.<Callable<?>>of(
            () -> as(other.parentAAccount(), "PARENT", () -> news.newsletter(item)),
            () -> download(other.parentAAccount(), "PARENT", item),
            () -> as(other.serviceDeskAccount(), "SERVICEDESK", () -> news.newsletter(item)),
            () -> as(s.staffXAccount(), "STAFF", () -> news.newsletter(item)))) {
      assertThatThrownBy(notTheirs::call).isInstanceOf(NotFoundException.class);
    }
  }

  @Test
  public void onlyTheServiceDeskOfTheOrganisationPublishesChangesAndWithdraws() throws Exception {
    Scenario s = fixtures.scenario();
    Scenario other = fixtures.scenario();
    UUID kdv = fixtures.locationOf(s.groupX());
    UUID item = publish(s, kdv, "Zomerfeest");

    for (Callable<?> notAllowed :
        List.<Callable<?>>of(
            () ->
                as(
                    s.parentAAccount(),
                    "PARENT",
                    () -> news.publish(kdv, "Van een ouder", "x", null, -1, null)),
            () ->
                as(
                    s.staffXAccount(),
                    "STAFF",
                    () -> news.publish(null, "Van groep X", "x", null, -1, null)),
            () ->
                as(
                    other.serviceDeskAccount(),
                    "SERVICEDESK",
                    () -> news.publish(kdv, "Van elders", "x", null, -1, null)),
            () ->
                as(
                    other.serviceDeskAccount(),
                    "SERVICEDESK",
                    () -> {
                      news.revise(item, "Gekaapt", "x", null, -1, null);
                      return null;
                    }),
            () ->
                as(
                    other.serviceDeskAccount(),
                    "SERVICEDESK",
                    () -> {
                      news.withdraw(item);
                      return null;
                    }),
            () ->
                as(
                    s.parentAAccount(),
                    "PARENT",
                    () -> {
                      news.withdraw(item);
                      return null;
                    }),
            () -> as(s.staffXAccount(), "STAFF", () -> news.published(0, 10)))) {
      assertThatThrownBy(notAllowed::call).isInstanceOf(NotFoundException.class);
    }
    assertThat(as(other.serviceDeskAccount(), "SERVICEDESK", () -> news.publishedCount())).isZero();

    as(
        s.serviceDeskAccount(),
        "SERVICEDESK",
        () -> {
          news.revise(item, "Zomerfeest op vrijdag", "Vanaf 15.00 uur.", null, -1, null);
          return null;
        });
    News.Item revised = as(s.parentAAccount(), "PARENT", () -> news.read(item));
    assertThat(revised.title()).isEqualTo("Zomerfeest op vrijdag");
    assertThat(revised.text()).isEqualTo("Vanaf 15.00 uur.");
    assertThat(revised.revisedAt()).isNotNull();

    as(
        s.serviceDeskAccount(),
        "SERVICEDESK",
        () -> {
          news.withdraw(item);
          return null;
        });
    assertThat(as(s.parentAAccount(), "PARENT", () -> news.mine(0, 10)).items()).isEmpty();
    assertThatThrownBy(() -> as(s.parentAAccount(), "PARENT", () -> news.read(item)))
        .isInstanceOf(NotFoundException.class);
    assertThat(as(s.serviceDeskAccount(), "SERVICEDESK", () -> news.published(0, 10)))
        .singleElement()
        .satisfies(i -> assertThat(i.withdrawn()).isTrue());
    assertRefused(
        () ->
            as(
                s.serviceDeskAccount(),
                "SERVICEDESK",
                () -> {
                  news.withdraw(item);
                  return null;
                }),
        "news.withdrawn",
        null);
  }

  @Test
  public void aRefusedNewsletterOrTextLeavesNothingBehindAndTellsNoOne() throws Exception {
    Scenario s = fixtures.scenario();
    UUID kdv = fixtures.locationOf(s.groupX());
    byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);

    assertRefused(
        () -> desk(s, kdv, "Nieuwsbrief", "", "nieuwsbrief.pdf", new ByteArrayInputStream(html)),
        "document.notPdf",
        "file");
    assertRefused(() -> desk(s, kdv, "  ", "Tekst", null, null), "news.titleRequired", "title");
    assertRefused(() -> desk(s, kdv, "Titel", " \n ", null, null), "news.textRequired", "text");
    assertRefused(
        () -> desk(s, kdv, "Titel", "x".repeat(5001), null, null), "news.textTooLong", "text");
    assertRefused(
        () ->
            as(
                s.serviceDeskAccount(),
                "SERVICEDESK",
                () -> news.publish(kdv, "Leeg", "", "leeg.pdf", 0, InputStream.nullInputStream())),
        "document.empty",
        "file");

    assertThat(as(s.serviceDeskAccount(), "SERVICEDESK", () -> news.publishedCount())).isZero();
    assertThat(newsFixtures.newsNotifications(s.parentAAccount())).isZero();
    assertThat(fixtures.outbox(s.parentAEmail())[0]).isZero();
  }

  @Test
  public void publishingTellsEveryParentItIsForTheWayTheyChoseAndAChangeTellsNoOneAgain()
      throws Exception {
    Scenario s = fixtures.scenario();
    Scenario other = fixtures.scenario();
    UUID kdv = fixtures.locationOf(s.groupX());
    choose(s.parentAAccount(), Channel.PORTAL);
    choose(s.parentBAccount(), Channel.EMAIL);
    byte[] pdf = NewsPdfs.newsletter("Nieuwsbrief april");

    News.Published published =
        as(
            s.serviceDeskAccount(),
            "SERVICEDESK",
            () ->
                news.publish(
                    kdv,
                    "Nieuwsbrief april",
                    "Met de foto's van de paasbrunch.",
                    "april.pdf",
                    -1,
                    new ByteArrayInputStream(pdf)));

    assertThat(published.parents()).isEqualTo(2);
    assertThat(newsFixtures.newsNotifications(s.parentAAccount())).isEqualTo(1);
    assertThat(newsFixtures.latestNotificationTitle(s.parentAAccount()))
        .isEqualTo("Nieuwsbrief van KDV " + s.token() + ": Nieuwsbrief april");
    assertThat(fixtures.outbox(s.parentAEmail())[0]).as("A chose the portal only").isZero();
    assertThat(newsFixtures.newsNotifications(s.parentBAccount())).isZero();
    assertThat(fixtures.outbox(s.parentBEmail())[0]).as("B chose e-mail only").isEqualTo(1);
    assertThat(fixtures.latestMailText(s.parentBEmail()))
        .contains(
            "Hallo Bram,",
            "nieuwe nieuwsbrief van KDV " + s.token() + ": Nieuwsbrief april",
            "/portal/news-item.xhtml?id=" + published.id());
    assertThat(newsFixtures.newsNotifications(other.parentAAccount())).isZero();
    assertThat(fixtures.outbox(other.parentAEmail())[0]).isZero();

    as(
        s.serviceDeskAccount(),
        "SERVICEDESK",
        () -> {
          news.revise(published.id(), "Nieuwsbrief april (nieuw)", "", null, -1, null);
          return null;
        });
    assertThat(newsFixtures.newsNotifications(s.parentAAccount())).isEqualTo(1);
    assertThat(fixtures.outbox(s.parentBEmail())[0]).isEqualTo(1);

    News.Published forEveryone =
        as(
            s.serviceDeskAccount(),
            "SERVICEDESK",
            () -> news.publish(null, "Nieuwe tarieven", "Vanaf januari.", null, -1, null));
    assertThat(forEveryone.parents()).isEqualTo(2);
    assertThat(fixtures.latestMailText(s.parentBEmail()))
        .contains("Er is nieuws van Testopvang " + s.token(), "Vanaf januari.");
  }

  @Test
  public void anItemIsNewToEachParentUntilTheyOpenIt() throws Exception {
    Scenario s = fixtures.scenario();
    UUID kdv = fixtures.locationOf(s.groupX());
    UUID first = publish(s, kdv, "Eerste");
    publish(s, null, "Tweede");

    assertThat(as(s.parentAAccount(), "PARENT", () -> news.newCount())).isEqualTo(2);
    as(s.parentAAccount(), "PARENT", () -> news.read(first));
    as(s.parentAAccount(), "PARENT", () -> news.read(first));

    assertThat(as(s.parentAAccount(), "PARENT", () -> news.newCount())).isEqualTo(1);
    assertThat(as(s.parentAAccount(), "PARENT", () -> news.mine(0, 10)).items())
        .extracting(News.Item::title, News.Item::unread)
        .containsExactly(tuple("Tweede", true), tuple("Eerste", false));
    assertThat(as(s.parentBAccount(), "PARENT", () -> news.newCount())).isEqualTo(2);
    assertThat(as(s.serviceDeskAccount(), "SERVICEDESK", () -> news.newCount())).isZero();
  }

  @Test
  public void newsGoesQuietForAFamilyWhoseCareHasEnded() throws Exception {
    NewFamily ended =
        fixtures.newFamily(LocalDate.now().minusDays(100), LocalDate.now().minusDays(10), true);
    UUID desk = newsFixtures.accountOf(ended.serviceDeskEmail());

    News.Published published =
        as(
            desk,
            "SERVICEDESK",
            () -> news.publish(null, "Nieuws voor iedereen", "Tekst", null, -1, null));

    assertThat(published.parents()).isZero();
    assertThat(as(ended.parentAccount(), "PARENT", () -> news.mine(0, 10)).total()).isZero();
    assertThatThrownBy(() -> as(ended.parentAccount(), "PARENT", () -> news.read(published.id())))
        .isInstanceOf(NotFoundException.class);
    assertThat(fixtures.outbox(ended.parentEmail())[0]).isZero();
  }

  private UUID publish(Scenario s, UUID location, String title) throws Exception {
    return as(
            s.serviceDeskAccount(),
            "SERVICEDESK",
            () -> news.publish(location, title, "Lees meer in het portaal.", null, -1, null))
        .id();
  }

  private News.Published desk(
      Scenario s, UUID location, String title, String text, String fileName, InputStream file)
      throws Exception {
    return as(
        s.serviceDeskAccount(),
        "SERVICEDESK",
        () -> news.publish(location, title, text, fileName, -1, file));
  }

  private byte[] download(UUID account, String role, UUID item) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    as(
        account,
        role,
        () -> {
          news.streamNewsletter(item, out);
          return null;
        });
    return out.toByteArray();
  }

  private void choose(UUID parent, Channel channel) throws Exception {
    as(
        parent,
        "PARENT",
        () -> {
          preferences.choose(Category.NEWS, channel);
          return null;
        });
  }

  private static void assertRefused(Callable<?> action, String key, String field) {
    assertThatThrownBy(action::call)
        .isInstanceOf(BusinessException.class)
        .satisfies(
            e -> {
              assertThat(((BusinessException) e).messageKey()).isEqualTo(key);
              assertThat(((BusinessException) e).field()).isEqualTo(field);
            });
  }

  private static <T> T as(UUID account, String role, Callable<T> action) throws Exception {
    return Caller.as(account, role, action);
  }
}
