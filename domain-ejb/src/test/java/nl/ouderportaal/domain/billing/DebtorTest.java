package nl.ouderportaal.domain.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import nl.ouderportaal.domain.family.Family;
import nl.ouderportaal.domain.family.Parent;
import nl.ouderportaal.domain.organisation.Address;
import org.junit.jupiter.api.Test;

class DebtorTest {

  private final Families families = new Families();

  @Test
  void theDebtorIsBothParentsInTheSameOrderWhateverOrderTheyComeIn() {
    Debtor one = Debtor.of(families.deVries, List.of(families.sanne, families.mark));
    Debtor other = Debtor.of(families.deVries, List.of(families.mark, families.sanne));

    assertThat(one.name()).isEqualTo("Mark de Vries en Sanne de Vries");
    assertThat(other).isEqualTo(one);
    assertThat(one.address()).isEqualTo(families.deVries.address());
  }

  @Test
  void oneParentIsTheDebtorAlone() {
    assertThat(Debtor.of(families.deVries, List.of(families.sanne)).name())
        .isEqualTo("Sanne de Vries");
  }

  @Test
  void namesTooLongToStoreTogetherKeepTheFirstParent() {
    String long100 = "L".repeat(100);
    Parent a = new Parent(families.deVries, "Anna", long100, "a@test.example", null);
    Parent b = new Parent(families.deVries, "Bert", long100, "b@test.example", null);

    assertThat(Debtor.of(families.deVries, List.of(b, a)).name()).isEqualTo("Anna " + long100);
  }

  @Test
  void withoutAParentOrWithAnotherFamilysParentThereIsNoDebtor() {
    Family other =
        new Family(
            families.organisation, "Familie Bakker", new Address("Bweg 2", "3511 BB", "Utrecht"));
    Parent bram = new Parent(other, "Bram", "Bakker", "bram@test.example", null);

    assertThatThrownBy(() -> Debtor.of(families.deVries, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Debtor.of(families.deVries, List.of(families.sanne, bram)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Bram Bakker");
  }
}
