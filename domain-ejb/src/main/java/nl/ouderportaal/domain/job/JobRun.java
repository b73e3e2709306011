package nl.ouderportaal.domain.job;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.UUID;

/**
 * Which organisation a job execution is for. The job repository holds everything else of a run
 * (status, times, counts), but knows the organisation only as a job parameter, which a database
 * query cannot select on; this row lets the job monitor ask for one organisation's runs, a page at
 * a time. Written once when the execution starts, never changed.
 */
@Entity
@Table(name = "job_run")
@NamedQuery(
    name = "JobRun.ofOrganisation",
    query =
        "select r.executionId from JobRun r where r.organisationId = :organisation"
            + " order by r.executionId desc")
@NamedQuery(
    name = "JobRun.countOfOrganisation",
    query = "select count(r) from JobRun r where r.organisationId = :organisation")
@NamedQuery(
    name = "JobRun.ofOrganisationAndJob",
    query =
        "select r.executionId from JobRun r where r.organisationId = :organisation"
            + " and r.jobName = :job order by r.executionId desc")
public class JobRun {

  @Id
  @Column(name = "job_execution_id")
  private long executionId;

  @Column(name = "job_name", nullable = false)
  private String jobName;

  @Column(name = "organisation_id", nullable = false)
  private UUID organisationId;

  protected JobRun() {}

  JobRun(long executionId, String jobName, UUID organisationId) {
    this.executionId = executionId;
    this.jobName = Objects.requireNonNull(jobName, "jobName");
    this.organisationId = Objects.requireNonNull(organisationId, "organisationId");
  }

  public long executionId() {
    return executionId;
  }

  public String jobName() {
    return jobName;
  }

  public UUID organisationId() {
    return organisationId;
  }
}
