package dev.rowboat.ui.relations;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** Back and forward through the places a person clicked through, as a browser does. */
public final class NavigationHistory {
    private final List<Place> places = new ArrayList<>();
    private final ObservableList<Place> trail = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canGoForward = new ReadOnlyBooleanWrapper();
    private int current = -1;

    /** The breadcrumbs: where the person came from, up to where they are. */
    public ObservableList<Place> trail() { return trail; }
    public ReadOnlyBooleanProperty canGoBackProperty() { return canGoBack.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty canGoForwardProperty() { return canGoForward.getReadOnlyProperty(); }

    /** Goes somewhere new from the current place; whatever was ahead is forgotten. */
    public void go(Place from, Place to) {
        while (places.size() > current + 1) {
            places.remove(places.size() - 1);
        }
        if (current < 0 || !places.get(current).equals(from)) {
            places.add(from);
        }
        places.add(to);
        current = places.size() - 1;
        changed();
    }

    public Place back() {
        if (current > 0) {
            current--;
            changed();
        }
        return currentPlace();
    }

    public Place forward() {
        if (current < places.size() - 1) {
            current++;
            changed();
        }
        return currentPlace();
    }

    /** Jumps to a breadcrumb. */
    public Place goTo(int index) {
        if (index >= 0 && index < places.size()) {
            current = index;
            changed();
        }
        return currentPlace();
    }

    public Place currentPlace() {
        return current < 0 ? null : places.get(current);
    }

    public void clear() {
        places.clear();
        current = -1;
        changed();
    }

    private void changed() {
        trail.setAll(current < 0 ? List.of() : places.subList(0, current + 1));
        canGoBack.set(current > 0);
        canGoForward.set(current < places.size() - 1);
    }
}
