package no.levehelelivet.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import no.levehelelivet.core.CatalogueItems.CodedType;

class CodeProperties {

  @Property(tries = 300)
  void everyCodeRoundTripsThroughItsLookup(@ForAll("items") Tuple2<CodedType, Coded> item) {
    assertThat(item.get1().lookup().apply(item.get2().code())).isSameAs(item.get2());
  }

  @Property(tries = 300)
  void everyCodeIsWellFormedLowerKebabCase(@ForAll("items") Tuple2<CodedType, Coded> item) {
    assertThat(item.get2().code()).matches("[a-z][a-z0-9]*(-[a-z0-9]+)*");
    assertThat(Coded.isWellFormed(item.get2().code())).isTrue();
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
              assertThat(e.unknownCode()).isEqualTo(code);
              assertThat(e.validCodes()).containsExactlyInAnyOrderElementsOf(valid);
              assertThat(e.getMessage()).startsWith("LHL-C-001: unknown ");
              for (String validCode : valid) {
                assertThat(e.getMessage()).contains(validCode);
              }
            });
  }

  @Property(tries = 50)
  void codesAreUniqueWithinEachType(@ForAll("types") CodedType type) {
    Set<String> seen = new HashSet<>();
    for (Coded item : type.items()) {
      assertThat(seen.add(item.code())).as("%s %s", type, item.code()).isTrue();
    }
  }

  @Provide
  Arbitrary<CodedType> types() {
    return Arbitraries.of(CatalogueItems.allTypes());
  }

  @Provide
  Arbitrary<Tuple2<CodedType, Coded>> items() {
    return types()
        .flatMap(
            type ->
                Combinators.combine(
                        Arbitraries.just(type), Arbitraries.of(type.items()).map(Coded.class::cast))
                    .as(Tuple::of));
  }
}
