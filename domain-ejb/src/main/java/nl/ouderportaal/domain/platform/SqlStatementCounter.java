package nl.ouderportaal.domain.platform;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/** Hibernate's hook on every statement it prepares (persistence.xml), for {@link SqlStatements}. */
public class SqlStatementCounter implements StatementInspector {

  @Override
  public String inspect(String sql) {
    SqlStatements.count(sql);
    return sql;
  }
}
