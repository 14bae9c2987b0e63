package org.villageregistry.ui.services;

import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import javafx.collections.ObservableList;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.villageregistry.domain.repository.PersonHit;
import org.villageregistry.domain.text.Messages;

/** A search box with the matching people under it; Down moves into the list, choosing fills the box. */
public final class PersonPicker extends VBox {
    private final TextField query = new TextField();
    private final ListView<PersonHit> choices = new ListView<>();
    private PersonHit chosen;

    public PersonPicker(ObservableList<PersonHit> hits, Consumer<String> search) {
        super(4);
        query.setPromptText(Messages.get("services.person.prompt"));
        choices.setItems(hits);
        choices.setPrefHeight(120);
        choices.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(PersonHit hit, boolean empty) {
                super.updateItem(hit, empty);
                setText(empty || hit == null ? null : label(hit));
            }
        });
        query.textProperty().addListener((o, was, now) -> {
            if (chosen == null || !label(chosen).equals(now)) {
                chosen = null;
                search.accept(now);
            }
        });
        query.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && !hits.isEmpty()) {
                choices.requestFocus();
                choices.getSelectionModel().selectFirst();
                e.consume();
            }
        });
        choices.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER || e.getCode() == KeyCode.SPACE) {
                choose(choices.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        choices.setOnMouseClicked(e -> choose(choices.getSelectionModel().getSelectedItem()));
        getChildren().addAll(query, choices);
    }

    private void choose(PersonHit hit) {
        if (hit != null) {
            chosen = hit;
            query.setText(label(hit));
            query.requestFocus();
        }
    }

    static String label(PersonHit hit) {
        return hit.person().name() + "  " + (hit.person().birthDate() == null ? "" : hit.person().birthDate())
                + "  " + (hit.householdNumber() == null ? "" : hit.householdNumber());
    }

    public Optional<UUID> chosenId() {
        return Optional.ofNullable(chosen).map(h -> h.person().id());
    }

    public TextField field() {
        return query;
    }
}
