package no.levehelelivet.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import no.levehelelivet.core.CatalogueItems.CodedType;

class CodeProperties {

  // Examples, not properties: a loop checks every item, where sampled draws might miss some.

  @Example
  void everyCodeRoundTripsThroughItsLookup() {
    for (CodedType type : CatalogueItems.allTypes()) {
      for (Coded item : type.items()) {
        assertThat(type.lookup().apply(item.code())).as("%s %s", type, item.code()).isSameAs(item);
      }
    }
  }

  @Example
  void everyCodeIsWellFormedLowerKebabCase() {
    for (CodedType type : CatalogueItems.allTypes()) {
      for (Coded item : type.items()) {
        assertThat(item.code()).as("%s", type).matches("[a-z][a-z0-9]*(-[a-z0-9]+)*");
        assertThat(Coded.isWellFormed(item.code())).as("%s %s", type, item.code()).isTrue();
      }
    }
  }

  @Property(tries = 500)
  void anUnknownCodeFailsNamingTheCodeAndEveryValidOne(
      @ForAll("types") CodedType type, @ForAll String code) {
    Set<String> valid = new HashSet<>();
    type.items().forEach(i -> valid.add(i.code()));
    if (valid.contains(code)) {
      return;
    }
    assertThatThrownBy(() -> type.lookup().apply(code))
        .isInstanceOfSatisfying(
            UnknownCodeException.class,
            e -> {
              assertThat(e.code()).isEqualTo(CoreCode.UNKNOWN_CODE);
              assertThat(e.unknownCode()).isEqualTo(code);
              assertThat(e.validCodes()).containsExactlyInAnyOrderElementsOf(valid);
              assertThat(e.getMessage()).startsWith("LHL-C-001: unknown ");
              for (String validCode : valid) {
                assertThat(e.getMessage()).contains(validCode);
              }
            });
  }

  @Example
  void codesAreUniqueWithinEachType() {
    for (CodedType type : CatalogueItems.allTypes()) {
      Set<String> seen = new HashSet<>();
      for (Coded item : type.items()) {
        assertThat(seen.add(item.code())).as("%s %s", type, item.code()).isTrue();
      }
    }
  }

  @Provide
  Arbitrary<CodedType> types() {
    return Arbitraries.of(CatalogueItems.allTypes());
  }
}
