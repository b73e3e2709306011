package nl.ouderportaal.backoffice.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpreadsheetTest {

  private final Spreadsheet spreadsheet = new Spreadsheet();

  @Test
  void aTextThatStartsLikeAFormulaIsQuotedSoTheSpreadsheetShowsIt() {
    assertThat(spreadsheet.cell("=HYPERLINK(\"https://evil.example\")"))
        .isEqualTo("'=HYPERLINK(\"https://evil.example\")");
    assertThat(spreadsheet.cell("+31 6 1234 5678")).isEqualTo("'+31 6 1234 5678");
    assertThat(spreadsheet.cell("-2+3")).isEqualTo("'-2+3");
    assertThat(spreadsheet.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(spreadsheet.cell("\tx")).isEqualTo("'\tx");
  }

  @Test
  void otherTextsAndEmptyCellsStayAsTheyAre() {
    assertThat(spreadsheet.cell("De Vries")).isEqualTo("De Vries");
    assertThat(spreadsheet.cell("Sanne de Vries, Thomas de Vries"))
        .isEqualTo("Sanne de Vries, Thomas de Vries");
    assertThat(spreadsheet.cell("")).isEmpty();
    assertThat(spreadsheet.cell(null)).isEmpty();
    assertThat(spreadsheet.cell(12)).isEqualTo("12");
  }

  @Test
  void theExportOpensInDutchExcelAsItIs() {
    assertThat(spreadsheet.getOptions().getDelimiterChar()).isEqualTo(';');
  }
}
