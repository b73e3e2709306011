package nl.ouderportaal.domain.question;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.spi.PersistenceUnitTransactionType;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import nl.ouderportaal.domain.family.Child;
import nl.ouderportaal.domain.family.Family;
import nl.ouderportaal.domain.organisation.Address;
import nl.ouderportaal.domain.organisation.Organisation;
import nl.ouderportaal.domain.platform.MigrateOnBoot;
import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.Session;
import org.hibernate.jpa.boot.internal.ParsedPersistenceXmlDescriptor;
import org.hibernate.jpa.boot.spi.Bootstrap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The questions on H2 with the real migrations and the server's JPA provider: Hibernate accepts V9
 * for the entities (it only validates, as in the server), the queue comes in the order the service
 * desk works in, and V9's constraints hold whatever the code does. PostgreSQL is left to the system
 * tests.
 */
class QuestionStoreTest {

  private JdbcDataSource dataSource;
  private EntityManagerFactory entityManagers;
  private final Instant monday = Instant.parse("2026-11-02T08:00:00Z");

  private Organisation zonnebloem;
  private Family deVries;
  private Family jansen;
  private Child daan;
  private Family elsewhere;

  private final Author sanne = Author.parent(UUID.randomUUID(), "Sanne de Vries");
  private final Author eva = Author.serviceDesk(UUID.randomUUID(), "Eva");

  @BeforeEach
  void freshDatabase() {
    dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:questions-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    dataSource.setUser("sa");
    MigrateOnBoot.migrate(dataSource);
    // bootstrapped as JPA, like in the server: a flush cascades a persist to new messages
    ParsedPersistenceXmlDescriptor unit =
        new ParsedPersistenceXmlDescriptor(
            QuestionStoreTest.class.getProtectionDomain().getCodeSource().getLocation());
    unit.setName("questions");
    unit.setTransactionType(PersistenceUnitTransactionType.RESOURCE_LOCAL);
    unit.setNonJtaDataSource(dataSource);
    unit.setExcludeUnlistedClasses(true);
    unit.addClasses(
        Stream.of(
                Organisation.class,
                Family.class,
                Child.class,
                Question.class,
                QuestionMessage.class)
            .map(Class::getName)
            .toList());
    unit.getProperties().put("hibernate.hbm2ddl.auto", "validate");
    unit.getProperties().put("hibernate.jpa.compliance.query", "false");
    entityManagers = Bootstrap.getEntityManagerFactoryBuilder(unit, Map.of()).build();
    run(
        s -> {
          zonnebloem = persist(s, new Organisation("Zonnebloem", "sp@test.example", "030"));
          Address address = new Address("Oudegracht 210", "3511 NR", "Utrecht");
          deVries = persist(s, new Family(zonnebloem, "De Vries", address));
          jansen = persist(s, new Family(zonnebloem, "Jansen", address));
          daan = persist(s, new Child(deVries, "Daan", "de Vries", LocalDate.of(2020, 9, 2)));
          Organisation other = persist(s, new Organisation("Anders", "sp@anders.example", "010"));
          elsewhere = persist(s, new Family(other, "Elders", address));
          s.flush();
          for (String account : List.of(sanne.accountId().toString(), eva.accountId().toString())) {
            s.unwrap(Session.class).doWork(c -> account(c, account, other.id()));
          }
        });
  }

  @AfterEach
  void close() {
    entityManagers.close();
  }

  @Test
  void theQueueShowsWhatWaitsLongestFirstThenTheLatestActivity() {
    UUID waitsSinceTuesday = ask(deVries, Topic.INVOICE, hours(24));
    UUID waitsSinceMonday = ask(jansen, Topic.GENERAL, hours(0));
    UUID answeredWednesday = ask(deVries, Topic.GENERAL, hours(1));
    UUID closedThursday = ask(jansen, Topic.INVOICE, hours(2));
    UUID reopenedFriday = ask(deVries, Topic.CARE_REQUESTS, hours(3));
    UUID otherOrganisation = ask(elsewhere, Topic.GENERAL, hours(-100));
    change(answeredWednesday, q -> q.answer(eva, "Zo zit het.", monday.plus(hours(48))));
    change(closedThursday, q -> q.close(monday.plus(hours(72))));
    change(reopenedFriday, q -> q.answer(eva, "Antwoord", monday.plus(hours(50))));
    change(reopenedFriday, q -> q.reply(sanne, "Nog een vraag", monday.plus(hours(96))));

    assertThat(queue(null, null))
        .containsExactly(
            waitsSinceMonday, waitsSinceTuesday, reopenedFriday, closedThursday, answeredWednesday)
        .doesNotContain(otherOrganisation);
    assertThat(queue(Topic.INVOICE, null)).containsExactly(waitsSinceTuesday, closedThursday);
    assertThat(queue(null, QuestionStatus.OPEN))
        .containsExactly(waitsSinceMonday, waitsSinceTuesday, reopenedFriday);
    assertThat(queue(Topic.GENERAL, QuestionStatus.ANSWERED)).containsExactly(answeredWednesday);
    Long all = inSession(s -> QueueQuery.count(s, zonnebloem.id(), null, null).getSingleResult());
    assertThat(all).isEqualTo(5);
    Long closedInvoices =
        inSession(
            s ->
                QueueQuery.count(s, zonnebloem.id(), Topic.INVOICE, QuestionStatus.CLOSED)
                    .getSingleResult());
    assertThat(closedInvoices).isEqualTo(1);
    List<String> perStatus =
        inSession(
            s ->
                s
                    .createNamedQuery("Question.countByStatus", Object[].class)
                    .setParameter("organisation", zonnebloem.id())
                    .getResultList()
                    .stream()
                    .map(row -> row[0] + "=" + row[1])
                    .sorted()
                    .toList());
    assertThat(perStatus).containsExactly("ANSWERED=1", "CLOSED=1", "OPEN=3");
  }

  @Test
  void aFamilySeesItsOwnQuestionsNewestActivityFirstWithTheThreadInOrder() {
    UUID older = ask(deVries, Topic.GENERAL, hours(0));
    UUID newer = ask(deVries, Topic.INVOICE, hours(5));
    ask(jansen, Topic.GENERAL, hours(6));
    change(older, q -> q.answer(eva, "Antwoord", monday.plus(hours(10))));
    change(older, q -> q.reply(sanne, "Dank je", monday.plus(hours(10))));

    List<UUID> mine =
        inSession(
            s ->
                s.createNamedQuery("Question.ofFamily", Question.class)
                    .setParameter("family", s.find(Family.class, deVries.id()))
                    .getResultStream()
                    .map(Question::id)
                    .toList());
    assertThat(mine).containsExactly(older, newer);
    List<String> thread =
        inSession(
            s ->
                s.find(Question.class, older).messages().stream()
                    .map(m -> m.number() + " " + m.text())
                    .toList());
    assertThat(thread).containsExactly("1 Hoe zit het?", "2 Antwoord", "3 Dank je");
  }

  @Test
  void aContractChangeKeepsItsChild() {
    UUID id =
        inTransaction(
            s -> {
              Question question =
                  new Question(
                      s.find(Family.class, deVries.id()),
                      s.find(Child.class, daan.id()),
                      Topic.CONTRACT_CHANGE,
                      "Woensdag erbij",
                      sanne,
                      "Kan Daan ook op woensdag komen?",
                      monday);
              s.persist(question);
              return question.id();
            });

    String child = inSession(s -> s.find(Question.class, id).child().firstName());
    assertThat(child).isEqualTo("Daan");
  }

  @Test
  void theDatabaseRefusesAnOpenQuestionThatDoesNotWaitAndAContractChangeWithoutChild() {
    assertThatThrownBy(() -> insert("OPEN", null, "'GENERAL'", null))
        .hasMessageContaining("QUESTION_WAITING");
    assertThatThrownBy(() -> insert("ANSWERED", "current_timestamp", "'GENERAL'", null))
        .hasMessageContaining("QUESTION_WAITING");
    assertThatThrownBy(() -> insert("OPEN", "current_timestamp", "'CONTRACT_CHANGE'", null))
        .hasMessageContaining("QUESTION_CONTRACT_CHILD");
    assertThatThrownBy(() -> insert("OPEN", "current_timestamp", "'HOLIDAY'", null))
        .hasMessageContaining("QUESTION_TOPIC");
  }

  @Test
  void aParentCanChooseHowToHearOfAnswersAndOnlyOfKnownCategories() throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement sql = c.createStatement()) {
      sql.executeUpdate(
          "insert into notification_preference (account_id, category, channel) values ('"
              + sanne.accountId()
              + "', 'QUESTIONS', 'EMAIL')");
      assertThatThrownBy(
              () ->
                  sql.executeUpdate(
                      "insert into notification_preference (account_id, category, channel)"
                          + " values ('"
                          + sanne.accountId()
                          + "', 'GOSSIP', 'EMAIL')"))
          .hasMessageContaining("NOTIFICATION_PREFERENCE_CATEGORY");
    }
  }

  private UUID ask(Family family, Topic topic, Duration after) {
    return inTransaction(
        s -> {
          Question question =
              new Question(
                  s.find(Family.class, family.id()),
                  null,
                  topic,
                  "Vraag over " + topic,
                  sanne,
                  "Hoe zit het?",
                  monday.plus(after));
          s.persist(question);
          return question.id();
        });
  }

  private void change(UUID id, Consumer<Question> change) {
    run(s -> change.accept(s.find(Question.class, id)));
  }

  private List<UUID> queue(Topic topic, QuestionStatus status) {
    return inSession(
        s ->
            QueueQuery.page(s, zonnebloem.id(), topic, status)
                .getResultStream()
                .map(Question::id)
                .toList());
  }

  private void insert(String status, String waitingSince, String topic, UUID child)
      throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement sql = c.createStatement()) {
      sql.executeUpdate(
          "insert into question (id, family_id, child_id, subject, topic, status, created_at,"
              + " updated_at, waiting_since, version) values (random_uuid(), '"
              + deVries.id()
              + "', "
              + (child == null ? "null" : "'" + child + "'")
              + ", 'Onderwerp', "
              + topic
              + ", '"
              + status
              + "', current_timestamp, current_timestamp, "
              + waitingSince
              + ", 0)");
    }
  }

  /** A user account row for the authors (the messages refer to accounts). */
  private static void account(Connection c, String id, UUID organisation) throws SQLException {
    try (Statement sql = c.createStatement()) {
      sql.executeUpdate(
          "insert into user_account (id, organisation_id, email, status, created_at)"
              + " values ('"
              + id
              + "', '"
              + organisation
              + "', '"
              + id
              + "@test.example', 'ACTIVE', current_timestamp)");
    }
  }

  private static Duration hours(long hours) {
    return Duration.ofHours(hours);
  }

  private <T> T persist(EntityManager s, T entity) {
    s.persist(entity);
    return entity;
  }

  private void run(Consumer<EntityManager> work) {
    inTransaction(
        s -> {
          work.accept(s);
          return null;
        });
  }

  private <T> T inTransaction(Function<EntityManager, T> work) {
    EntityManager em = entityManagers.createEntityManager();
    try {
      em.getTransaction().begin();
      T result = work.apply(em);
      em.getTransaction().commit();
      return result;
    } finally {
      em.close();
    }
  }

  private <T> T inSession(Function<EntityManager, T> work) {
    EntityManager em = entityManagers.createEntityManager();
    try {
      return work.apply(em);
    } finally {
      em.close();
    }
  }
}
