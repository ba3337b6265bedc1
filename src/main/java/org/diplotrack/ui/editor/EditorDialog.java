package org.diplotrack.ui.editor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.event.ActionEvent;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import org.diplotrack.model.Contact;
import org.diplotrack.ui.DialogButtons;
import org.diplotrack.ui.DialogWindows;
import org.diplotrack.ui.Messages;
import org.diplotrack.ui.SimilarContacts;

/**
 * The contact editor as a modal dialog: Save stays disabled while the form has errors, and a
 * contact that looks like one already on record is saved only when the user confirms.
 */
public final class EditorDialog {
    private EditorDialog() {
    }

    /**
     * @param similar finds contacts on record that look like the one being saved, and answers later
     * @param confirm asks the user a yes/no question about them; true means save anyway
     * @return the contact to save, or empty when cancelled
     */
    public static Optional<Contact> show(Window owner, ContactForm form, SimilarContacts similar,
                                         Predicate<List<Contact>> confirm) {
        Dialog<Contact> dialog = DialogWindows.dialog(owner, new Dialog<>());
        dialog.setTitle(Messages.get(form.isNew() ? "editor.title.new" : "editor.title.edit"));
        dialog.setResizable(true);
        FXMLLoader loader = new FXMLLoader(EditorDialog.class.getResource("/fxml/editor.fxml"), Messages.bundle());
        loader.setControllerFactory(type -> new EditorController(form));
        Parent content;
        try {
            content = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the editor's layout", e);
        }
        dialog.getDialogPane().setContent(content);
        ButtonType save = new ButtonType(Messages.get("editor.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, DialogButtons.cancel());
        Button saveButton = (Button) dialog.getDialogPane().lookupButton(save);
        saveButton.setId("saveContact");
        // While the near-copies are looked for (off the FX thread), Save waits for the answer.
        BooleanProperty checking = new SimpleBooleanProperty();
        saveButton.disableProperty().bind(form.validProperty().not().or(checking));
        saveButton.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            Contact contact = form.toContact();
            checking.set(true);
            similar.find(contact, matches -> {
                checking.set(false);
                if (matches.isEmpty() || confirm.test(matches)) {
                    dialog.setResult(contact);
                }
            });
        });
        dialog.setResultConverter(button -> button == save ? form.toContact() : null);
        return dialog.showAndWait();
    }
}
