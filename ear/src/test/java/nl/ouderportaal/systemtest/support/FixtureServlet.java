package nl.ouderportaal.systemtest.support;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Gives a browser test its own scenario: {@code GET fixtures/scenario}. Only in test deployments.
 */
@WebServlet("/fixtures/scenario")
public class FixtureServlet extends HttpServlet {

  @Inject private Fixtures fixtures;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/plain");
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(fixtures.scenario().toText());
  }
}
