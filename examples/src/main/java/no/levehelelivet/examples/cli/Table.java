package no.levehelelivet.examples.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * A plain text table: columns as wide as their widest cell, two spaces apart, a column of whole
 * numbers aligned to the right.
 */
final class Table {

  private Table() {}

  /** Prints {@code rows}, the first the heading; every row has the same number of cells. */
  static void print(List<String[]> rows, PrintStream out) {
    int columns = rows.get(0).length;
    int[] widths = new int[columns];
    boolean[] numbers = new boolean[columns];
    Arrays.fill(numbers, rows.size() > 1);
    for (int r = 0; r < rows.size(); r++) {
      String[] row = rows.get(r);
      for (int i = 0; i < columns; i++) {
        widths[i] = Math.max(widths[i], row[i].length());
        if (r > 0 && !row[i].matches("[0-9]+")) {
          numbers[i] = false;
        }
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < columns; i++) {
        if (i > 0) {
          line.append("  ");
        }
        String pad = " ".repeat(widths[i] - row[i].length());
        if (numbers[i]) {
          line.append(pad).append(row[i]);
        } else {
          line.append(row[i]).append(i < columns - 1 ? pad : "");
        }
      }
      out.println(line.toString().stripTrailing());
    }
  }
}
