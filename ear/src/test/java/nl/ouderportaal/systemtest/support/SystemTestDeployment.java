package nl.ouderportaal.systemtest.support;

import java.io.File;
import java.net.URISyntaxException;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment of the system tests: a small WAR next to the EAR (which the provisioned server
 * already runs), holding the fixtures and, for in-server tests, the test class. It uses the EAR's
 * domain classes, so that entities and boundaries are the application's own.
 */
public final class SystemTestDeployment {

  private static final String DEPENDENCIES =
      """
      <jboss-deployment-structure>
        <deployment>
          <dependencies>
            <module name="deployment.ouderportaal.ear"/>
            <module name="deployment.ouderportaal.ear.domain-ejb.jar"/>
            <module name="org.wildfly.security.elytron"/>
            <module name="org.jboss.msc"/>
            <module name="org.jboss.as.server"/>
          </dependencies>
        </deployment>
      </jboss-deployment-structure>
      """;

  private SystemTestDeployment() {}

  public static WebArchive forTest(Class<?> testClass) {
    return ShrinkWrap.create(WebArchive.class, testClass.getSimpleName() + ".war")
        .addPackage(SystemTestDeployment.class.getPackage())
        .addAsLibraries(
            jarOf(org.assertj.core.api.Assertions.class),
            jarOf(org.awaitility.Awaitility.class),
            jarOf(org.hamcrest.Matcher.class))
        .addAsWebInfResource(new StringAsset(DEPENDENCIES), "jboss-deployment-structure.xml")
        .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
  }

  /**
   * The deployment of an in-server test that also opens pages as a browser would, with the HTTP
   * client of the client-side tests ({@code systemtest.client}) and its HTML parser.
   */
  public static WebArchive withClient(Class<?> testClass) {
    return forTest(testClass)
        .addPackage("nl.ouderportaal.systemtest.client")
        .addAsLibraries(jarOf(org.jsoup.Jsoup.class));
  }

  /** The jar a class of the test class path comes from, for a library the tests use inside. */
  private static File jarOf(Class<?> type) {
    try {
      return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
