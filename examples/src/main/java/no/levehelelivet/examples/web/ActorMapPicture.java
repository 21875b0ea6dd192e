package no.levehelelivet.examples.web;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.List;
import no.levehelelivet.core.Language;
import no.levehelelivet.core.actor.ActorLevel;
import no.levehelelivet.core.actor.ActorMap;
import no.levehelelivet.core.actor.ActorMapView;
import no.levehelelivet.core.actor.CollaboratingActor;

/**
 * The actor map (<i>aktørkartet</i>) laid out as a picture for one of its views: a band for each
 * level, from national to society; each actor a box, an actor with parts (the municipality, its
 * health and care sector) a box holding theirs; the view's actors highlighted. The template draws
 * the boxes as SVG, so the picture needs no script.
 *
 * <p>SVG text does not wrap, so labels are broken into lines here, by an estimate of the width of a
 * character at the picture's font size.
 *
 * @param view the view drawn
 * @param width the picture's width
 * @param height the picture's height
 * @param bands the levels' bands, top to bottom
 * @param boxes the actors' boxes, each holder before what it holds, so that it is drawn beneath
 */
record ActorMapPicture(
    ActorMapView view, int width, int height, ImmutableList<Band> bands, ImmutableList<Box> boxes) {

  static final int WIDTH = 980;
  private static final int BAND_LABEL = 150;
  private static final int MARGIN = 10;
  private static final int GAP = 10;
  private static final int MIN_BOX = 124;
  private static final int LINE = 15;
  private static final int PAD = 9;
  private static final double CHAR_WIDTH = 6.1;
  // A highlighted actor's label is drawn in bold, which is wider.
  private static final double BOLD_CHAR_WIDTH = 6.9;

  /** The picture of {@code map} in {@code view}, its labels in {@code language}. */
  static ActorMapPicture of(ActorMap map, ActorMapView view, Language language) {
    ImmutableSet<CollaboratingActor> highlighted = map.actors(view);
    List<Band> bands = new ArrayList<>();
    List<Box> boxes = new ArrayList<>();
    Layout layout = new Layout(map.actors(), highlighted, language, boxes);
    int y = MARGIN;
    for (ActorLevel level : ActorLevel.values()) {
      List<CollaboratingActor> roots = new ArrayList<>();
      for (CollaboratingActor actor : map.actors()) {
        boolean partOfAnother =
            actor.parent().isPresent() && map.actors().contains(actor.parent().get());
        if (actor.level() == level && !partOfAnother) {
          roots.add(actor);
        }
      }
      if (roots.isEmpty()) {
        continue;
      }
      int x = MARGIN + BAND_LABEL;
      int end = layout.place(roots, x + GAP, y + GAP, WIDTH - x - MARGIN - 2 * GAP);
      int bandHeight = end + GAP - y;
      bands.add(
          new Band(
              level.code(),
              wrap(level.label(language), BAND_LABEL - 2 * PAD, true),
              MARGIN,
              y,
              WIDTH - 2 * MARGIN,
              bandHeight));
      y += bandHeight + GAP;
    }
    return new ActorMapPicture(
        view, WIDTH, y + MARGIN - GAP, ImmutableList.copyOf(bands), ImmutableList.copyOf(boxes));
  }

  /** The codes of the highlighted actors, as drawn. */
  ImmutableSet<String> highlightedCodes() {
    return boxes.stream()
        .filter(Box::highlighted)
        .map(Box::code)
        .collect(ImmutableSet.toImmutableSet());
  }

  /** Places boxes row by row; not thread-safe, used for one picture. */
  private static final class Layout {
    private final ImmutableSet<CollaboratingActor> onMap;
    private final ImmutableSet<CollaboratingActor> highlighted;
    private final Language language;
    private final List<Box> boxes;

    Layout(
        ImmutableSet<CollaboratingActor> onMap,
        ImmutableSet<CollaboratingActor> highlighted,
        Language language,
        List<Box> boxes) {
      this.onMap = onMap;
      this.highlighted = highlighted;
      this.language = language;
      this.boxes = boxes;
    }

    /** Places {@code actors} from ({@code x}, {@code y}) across {@code width}; returns the end. */
    int place(List<CollaboratingActor> actors, int x, int y, int width) {
      List<CollaboratingActor> leaves = new ArrayList<>();
      List<CollaboratingActor> holders = new ArrayList<>();
      for (CollaboratingActor actor : actors) {
        (parts(actor).isEmpty() ? leaves : holders).add(actor);
      }
      int top = y;
      int columns = Math.max(1, Math.min(leaves.size(), (width + GAP) / (MIN_BOX + GAP)));
      int boxWidth = leaves.isEmpty() ? width : (width - GAP * (columns - 1)) / columns;
      for (int start = 0; start < leaves.size(); start += columns) {
        List<CollaboratingActor> row =
            leaves.subList(start, Math.min(leaves.size(), start + columns));
        List<ImmutableList<String>> labels = new ArrayList<>();
        int lines = 1;
        for (CollaboratingActor actor : row) {
          ImmutableList<String> label =
              wrap(actor.label(language), boxWidth - 2 * PAD, highlighted.contains(actor));
          labels.add(label);
          lines = Math.max(lines, label.size());
        }
        int height = lines * LINE + 2 * PAD;
        for (int i = 0; i < row.size(); i++) {
          CollaboratingActor actor = row.get(i);
          boxes.add(
              new Box(
                  actor.code(),
                  actor.label(language),
                  labels.get(i),
                  x + i * (boxWidth + GAP),
                  top,
                  boxWidth,
                  height,
                  false,
                  highlighted.contains(actor)));
        }
        top += height + GAP;
      }
      for (CollaboratingActor holder : holders) {
        ImmutableList<String> label =
            wrap(holder.label(language), width - 2 * PAD, highlighted.contains(holder));
        int index = boxes.size();
        // Held in place until the parts are laid out and the holder's height is known.
        boxes.add(
            new Box(
                holder.code(), "", label, x, top, width, 0, true, highlighted.contains(holder)));
        int header = label.size() * LINE + PAD + 4;
        int end = place(parts(holder), x + GAP, top + header, width - 2 * GAP);
        int height = end - top + GAP;
        boxes.set(
            index,
            new Box(
                holder.code(),
                holder.label(language),
                label,
                x,
                top,
                width,
                height,
                true,
                highlighted.contains(holder)));
        top += height + GAP;
      }
      return top - GAP;
    }

    private List<CollaboratingActor> parts(CollaboratingActor actor) {
      List<CollaboratingActor> parts = new ArrayList<>();
      for (CollaboratingActor child : actor.children()) {
        if (onMap.contains(child)) {
          parts.add(child);
        }
      }
      return parts;
    }
  }

  /**
   * {@code text} broken into lines that fit {@code width}: at spaces, and after a slash or hyphen
   * inside a word; a word longer than a line is cut with a hyphen. Bold text is wider.
   */
  @SuppressWarnings("StringSplitter") // a zero-width split after a break: no empty piece to drop
  static ImmutableList<String> wrap(String text, int width, boolean bold) {
    int max = Math.max(4, (int) (width / (bold ? BOLD_CHAR_WIDTH : CHAR_WIDTH)));
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String token : text.split("(?<=[ /-])")) {
      String piece = token;
      if (line.length() + piece.strip().length() > max && line.length() > 0) {
        lines.add(line.toString().strip());
        line.setLength(0);
      }
      while (piece.strip().length() > max) {
        // A word cut across lines is marked as Norwegian and English mark it.
        lines.add(piece.substring(0, max - 1) + "-");
        piece = piece.substring(max - 1);
      }
      line.append(piece);
    }
    if (line.toString().strip().length() > 0) {
      lines.add(line.toString().strip());
    }
    return ImmutableList.copyOf(lines);
  }

  /** A level's band: its label's lines and where it is drawn. */
  record Band(String code, ImmutableList<String> lines, int x, int y, int width, int height) {
    int textX() {
      return x + PAD;
    }

    int textY() {
      return y + PAD + 12;
    }
  }

  /**
   * An actor's box: its label whole (for the tooltip) and in lines, where it is drawn, whether it
   * holds other actors' boxes, whether the view highlights it.
   */
  record Box(
      String code,
      String label,
      ImmutableList<String> lines,
      int x,
      int y,
      int width,
      int height,
      boolean holder,
      boolean highlighted) {

    String cssClass() {
      return "actor" + (holder ? " holder" : "") + (highlighted ? " highlighted" : "");
    }

    int textX() {
      return x + PAD;
    }

    int textY() {
      return y + PAD + 11;
    }

    int lineHeight() {
      return LINE;
    }
  }
}
