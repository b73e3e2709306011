package nl.ouderportaal.domain.diary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.ouderportaal.domain.family.ConsentPurpose;
import org.junit.jupiter.api.Test;

class PhotoRulesTest {

  private final UUID mine = UUID.randomUUID();
  private final UUID other = UUID.randomUUID();
  private final UUID third = UUID.randomUUID();

  @Test
  void aPhotoOfMyOwnChildNeedsTheConsentForPhotosInThePortal() {
    assertThat(
            PhotoRules.parentSees(
                Set.of(mine), Set.of(mine), Map.of(mine, Set.of(ConsentPurpose.PHOTOS_IN_PORTAL))))
        .isTrue();
    assertThat(
            PhotoRules.parentSees(
                Set.of(mine), Set.of(mine), Map.of(mine, Set.of(ConsentPurpose.GROUP_PHOTOS))))
        .isFalse();
    assertThat(PhotoRules.parentSees(Set.of(mine), Set.of(mine), Map.of())).isFalse();
  }

  @Test
  void aGroupPhotoNeedsTheGroupPhotoConsentOfEveryOtherChildInIt() {
    Map<UUID, Set<ConsentPurpose>> consents =
        Map.of(
            mine, Set.of(ConsentPurpose.PHOTOS_IN_PORTAL),
            other, Set.of(ConsentPurpose.GROUP_PHOTOS),
            third, Set.of(ConsentPurpose.PHOTOS_IN_PORTAL));

    assertThat(PhotoRules.parentSees(Set.of(mine, other), Set.of(mine), consents)).isTrue();
    assertThat(PhotoRules.parentSees(Set.of(mine, other, third), Set.of(mine), consents))
        .as("third has no group consent")
        .isFalse();
    assertThat(PhotoRules.parentSees(Set.of(other), Set.of(mine), consents)).isTrue();
  }

  @Test
  void aPhotoWithNobodyInItIsSeenByTheGroup() {
    assertThat(PhotoRules.parentSees(Set.of(), Set.of(mine), Map.of())).isTrue();
  }

  @Test
  void fileNamesOfDownloadsAreSafe() {
    assertThat(DiaryFiles.fileName("Noor de Vries")).isEqualTo("noor-de-vries");
    assertThat(DiaryFiles.fileName("Zeynep Yılmaz")).isEqualTo("zeynep-y-lmaz");
    assertThat(DiaryFiles.fileName("../\"evil\";.pdf")).isEqualTo("evil-pdf");
    assertThat(DiaryFiles.fileName("Ådne Øberg")).isEqualTo("adne-berg");
  }
}
