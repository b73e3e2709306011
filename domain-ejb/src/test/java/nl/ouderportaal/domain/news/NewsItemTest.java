package nl.ouderportaal.domain.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import nl.ouderportaal.domain.organisation.Address;
import nl.ouderportaal.domain.organisation.CareType;
import nl.ouderportaal.domain.organisation.Location;
import nl.ouderportaal.domain.organisation.Organisation;
import nl.ouderportaal.domain.platform.BusinessException;
import org.junit.jupiter.api.Test;

/** News items: what they need, who they are for, and their life from published to withdrawn. */
class NewsItemTest {

  private static final Instant NOW = Instant.parse("2026-03-12T09:30:00Z");
  private static final UUID AUTHOR = UUID.randomUUID();

  private final Organisation organisation =
      new Organisation("Kinderopvang Hoera", "servicepunt@hoera.example", "030 123 45 67");
  private final Location boomhut = location(organisation, "De Boomhut", "123456789");
  private final Location ontdekking = location(organisation, "BSO De Ontdekking", "987654321");

  @Test
  void aTitleIsNeededAndAtMost200Characters() {
    assertRefused(() -> new NewsText("  ", "Tekst"), "news.titleRequired", "title");
    assertRefused(() -> new NewsText(null, "Tekst"), "news.titleRequired", "title");
    assertRefused(() -> new NewsText("x".repeat(201), "Tekst"), "news.titleTooLong", "title");
    assertThat(new NewsText(" " + "x".repeat(200) + " ", "Tekst").title()).hasSize(200);
  }

  @Test
  void aTextIsAtMost5000CharactersCountingALineEndAsOne() {
    String lines = "regel\r\n".repeat(800);
    assertThat(lines).hasSizeGreaterThan(NewsText.MAX_TEXT);

    NewsText text = new NewsText("Titel", lines);

    assertThat(text.text()).doesNotContain("\r").hasSize(800 * 6 - 1);
    assertRefused(
        () -> new NewsText("Titel", "x".repeat(NewsText.MAX_TEXT + 1)), "news.textTooLong", "text");
  }

  @Test
  void newsWithoutANewsletterNeedsAText() {
    assertRefused(() -> item(boomhut, "Titel", " \n ", null), "news.textRequired", "text");

    NewsItem newsletterOnly = item(boomhut, "Nieuwsbrief maart", "", newsletter());

    assertThat(newsletterOnly.text()).isNull();
    assertThat(newsletterOnly.excerpt(100)).isEmpty();
  }

  @Test
  void aLocationOfAnotherOrganisationIsRefused() {
    Organisation other = new Organisation("Ander", "sp@ander.example", "010 000 00 00");
    Location elsewhere = location(other, "Elders", "111222333");

    assertThatThrownBy(() -> item(elsewhere, "Titel", "Tekst", null))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void newsOfALocationIsForTheParentsOfThatLocation() {
    NewsItem item = item(boomhut, "Zomerfeest", "Vrijdag is het zomerfeest.", null);

    assertThat(item.isFor(Set.of(boomhut.id()))).isTrue();
    assertThat(item.isFor(Set.of(boomhut.id(), ontdekking.id()))).isTrue();
    assertThat(item.isFor(Set.of(ontdekking.id()))).isFalse();
    assertThat(item.isFor(Set.of())).isFalse();
    assertThat(item.sender()).isEqualTo("De Boomhut");
  }

  @Test
  void newsForEveryoneIsForEveryParentWithChildrenAtALocationButNotForOnesWithout() {
    NewsItem item = item(null, "Nieuwe tarieven", "De tarieven voor 2027.", null);

    assertThat(item.isFor(Set.of(ontdekking.id()))).isTrue();
    assertThat(item.isFor(Set.of(UUID.randomUUID()))).isTrue();
    assertThat(item.isFor(Set.of())).as("care ended, or not started yet").isFalse();
    assertThat(item.sender()).isEqualTo("Kinderopvang Hoera");
  }

  @Test
  void aWithdrawnItemIsForNoOneAndCannotBeChangedOrWithdrawnAgain() {
    NewsItem item = item(null, "Studiedag", "Vrijdag is de BSO dicht.", null);

    item.withdraw(NOW.plusSeconds(60));

    assertThat(item.isWithdrawn()).isTrue();
    assertThat(item.withdrawnAt()).isEqualTo(NOW.plusSeconds(60));
    assertThat(item.isFor(Set.of(boomhut.id()))).isFalse();
    assertRefused(() -> item.withdraw(NOW.plusSeconds(120)), "news.withdrawn", null);
    assertRefused(
        () -> item.revise(new NewsText("Studiedag", "Toch open."), null, NOW),
        "news.withdrawn",
        null);
  }

  @Test
  void aRevisionKeepsTheNewsletterOrReplacesItAndGivesBackTheOldOne() {
    Newsletter march = newsletter();
    NewsItem item = item(boomhut, "Nieuwsbrief maart", "In deze nieuwsbrief...", march);

    Newsletter kept =
        item.revise(new NewsText("Nieuwsbrief maart 2026", null), null, NOW.plusSeconds(60));

    assertThat(kept).isNull();
    assertThat(item.newsletter()).isEqualTo(march);
    assertThat(item.title()).isEqualTo("Nieuwsbrief maart 2026");
    assertThat(item.text()).isNull();
    assertThat(item.revisedAt()).isEqualTo(NOW.plusSeconds(60));
    assertThat(item.publishedAt()).isEqualTo(NOW);

    Newsletter corrected = newsletter();
    Newsletter replaced =
        item.revise(new NewsText("Nieuwsbrief maart", "Nu met de juiste data."), corrected, NOW);

    assertThat(replaced).isEqualTo(march);
    assertThat(item.newsletter()).isEqualTo(corrected);
  }

  @Test
  void aRevisionOfNewsWithoutANewsletterStillNeedsAText() {
    NewsItem item = item(boomhut, "Zomerfeest", "Vrijdag.", null);

    assertRefused(
        () -> item.checkRevision(new NewsText("Zomerfeest", ""), false),
        "news.textRequired",
        "text");
    assertRefused(
        () -> item.revise(new NewsText("Zomerfeest", ""), null, NOW), "news.textRequired", "text");
    item.checkRevision(new NewsText("Zomerfeest", ""), true);
  }

  @Test
  void anItemIsNewUntilOpenedAndForThirtyDaysAtMost() {
    assertThat(NewsItem.isNew(NOW, false, NOW.plus(Duration.ofDays(29)))).isTrue();
    assertThat(NewsItem.isNew(NOW, true, NOW.plusSeconds(1))).isFalse();
    assertThat(NewsItem.isNew(NOW, false, NOW.plus(Duration.ofDays(30)))).isFalse();
  }

  @Test
  void theExcerptIsTheStartOfTheTextOnOneLineInWholeWords() {
    NewsItem shortItem = item(boomhut, "Kort", "Morgen\n\nis het  feest.", null);
    NewsItem longItem =
        item(
            boomhut,
            "Lang",
            "Op vrijdag 20 maart houden we een open dag voor alle ouders en kinderen.",
            null);
    NewsItem oneLongWord = item(boomhut, "Woord", "x".repeat(50), null);

    assertThat(shortItem.excerpt(40)).isEqualTo("Morgen is het feest.");
    assertThat(longItem.excerpt(40)).isEqualTo("Op vrijdag 20 maart houden we een open…");
    assertThat(longItem.excerpt(40)).hasSizeLessThanOrEqualTo(40);
    assertThat(oneLongWord.excerpt(20)).isEqualTo("x".repeat(19) + "…");
  }

  private NewsItem item(Location location, String title, String text, Newsletter newsletter) {
    return new NewsItem(
        organisation,
        location,
        new NewsText(title, text),
        newsletter,
        AUTHOR,
        "Sara Servicepunt",
        NOW);
  }

  private static Newsletter newsletter() {
    return new Newsletter(UUID.randomUUID(), "nieuwsbrief-maart.pdf");
  }

  private static Location location(Organisation organisation, String name, String lrk) {
    return new Location(
        organisation,
        name,
        new Address("Biltstraat 120", "3572 BK", "Utrecht"),
        lrk,
        CareType.DAYCARE);
  }

  private static void assertRefused(Runnable action, String key, String field) {
    assertThatThrownBy(action::run)
        .isInstanceOf(BusinessException.class)
        .satisfies(
            e -> {
              assertThat(((BusinessException) e).messageKey()).isEqualTo(key);
              assertThat(((BusinessException) e).field()).isEqualTo(field);
            });
  }
}
