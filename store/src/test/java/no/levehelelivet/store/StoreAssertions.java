package no.levehelelivet.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import no.levehelelivet.core.InvalidValueException;

/** Checks the store's tests share: results, coded failures, and listings walked page by page. */
final class StoreAssertions {

  private StoreAssertions() {}

  /** The saved step {@code result} must be. */
  static Saved saved(StoreResult result) {
    assertThat(result).isInstanceOf(Saved.class);
    return (Saved) result;
  }

  /** That {@code call} fails with the store code {@code code}. */
  static void assertStoreCode(Runnable call, StoreCode code) {
    assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(
            StoreException.class, e -> assertThat(e.code()).as(e.getMessage()).isEqualTo(code));
  }

  /** That {@code call} fails with the argument or journal code {@code code}, as LHL-A-001. */
  static void assertArgumentCode(Runnable call, String code) {
    assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> assertThat(e.code().code()).as(e.getMessage()).isEqualTo(code));
  }

  /** Every page of {@code query}, each but the last full. */
  static List<ProcessPage> pages(ProcessStore store, ProcessQuery query) {
    List<ProcessPage> pages = new ArrayList<>();
    ProcessPage page = store.processes(query);
    pages.add(page);
    while (page.next().isPresent()) {
      assertThat(page.processes()).hasSize(query.limit());
      page = store.processes(page.next().get());
      pages.add(page);
    }
    return pages;
  }

  /** The ids on {@code pages}, in order. */
  static List<String> idsOf(List<ProcessPage> pages) {
    return pages.stream()
        .flatMap(page -> page.processes().stream())
        .map(ProcessSummary::id)
        .toList();
  }

  /** The ids of every page of {@code query}, in order. */
  static List<String> ids(ProcessStore store, ProcessQuery query) {
    return idsOf(pages(store, query));
  }
}
