package org.selfeval.ui.edit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Commands that add, remove and move items of a list (the indicator rows). */
public final class ListCommands {

    private ListCommands() {
    }

    /** Inserts items at an index, in order. */
    public static <E> Command insert(List<E> list, int index, List<E> items, String description) {
        List<E> copy = List.copyOf(items);
        if (index < 0 || index > list.size()) {
            throw new IndexOutOfBoundsException(index);
        }
        return new Command() {
            @Override
            public void execute() {
                list.addAll(index, copy);
            }

            @Override
            public void undo() {
                list.subList(index, index + copy.size()).clear();
            }

            @Override
            public String description() {
                return description;
            }
        };
    }

    /** Removes the given items (by identity); undo puts each back where it was. */
    public static <E> Command remove(List<E> list, List<E> items, String description) {
        List<Integer> indices = new ArrayList<>();
        for (E item : items) {
            int i = indexOfIdentity(list, item);
            if (i >= 0 && !indices.contains(i)) {
                indices.add(i);
            }
        }
        indices.sort(Comparator.naturalOrder());
        List<E> removed = new ArrayList<>();
        indices.forEach(i -> removed.add(list.get(i)));
        return new Command() {
            @Override
            public void execute() {
                for (int k = indices.size() - 1; k >= 0; k--) {
                    list.remove((int) indices.get(k));
                }
            }

            @Override
            public void undo() {
                for (int k = 0; k < indices.size(); k++) {
                    list.add(indices.get(k), removed.get(k));
                }
            }

            @Override
            public String description() {
                return description;
            }
        };
    }

    /** Moves the item at {@code from} so that it ends up at index {@code to} (checked when executed). */
    public static <E> Command move(List<E> list, int from, int to, String description) {
        return new Command() {
            @Override
            public void execute() {
                list.add(to, list.remove(from));
            }

            @Override
            public void undo() {
                list.add(from, list.remove(to));
            }

            @Override
            public String description() {
                return description;
            }
        };
    }

    private static <E> int indexOfIdentity(List<E> list, E item) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == item) {
                return i;
            }
        }
        return -1;
    }
}
