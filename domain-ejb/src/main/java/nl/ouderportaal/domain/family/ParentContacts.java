package nl.ouderportaal.domain.family;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import nl.ouderportaal.domain.account.EmailChanged;

/** Keeps a parent's contact address the same as their login address. */
@ApplicationScoped
public class ParentContacts {

  @PersistenceContext private EntityManager em;

  void onEmailChanged(@Observes EmailChanged changed) {
    em.createNamedQuery("Parent.findByAccount", Parent.class)
        .setParameter("accountId", changed.accountId())
        .getResultStream()
        .forEach(parent -> parent.changeEmail(changed.newEmail()));
  }
}
