package nl.ouderportaal.domain.job;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.UUID;

/**
 * Keeps which organisation each new job execution is for (see {@link JobRun}). Called by the job
 * runner for every execution it starts or restarts, whoever asked: the service desk, the schedule
 * or a test. A run without an organisation parameter is for no organisation and is not kept.
 */
@Stateless
public class JobRuns {

  @PersistenceContext private EntityManager em;

  public void record(long executionId, String jobName, Map<String, String> parameters) {
    String organisation = parameters.get(Jobs.ORGANISATION);
    if (organisation == null || em.find(JobRun.class, executionId) != null) {
      return;
    }
    em.persist(new JobRun(executionId, jobName, UUID.fromString(organisation)));
  }
}
