package org.villageregistry.ui.benefits;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.villageregistry.domain.benefit.BenefitProgramme;
import org.villageregistry.domain.benefit.PaymentMethod;
import org.villageregistry.domain.text.Messages;
import org.villageregistry.service.benefit.BatchSummary;
import org.villageregistry.service.benefit.Candidate;
import org.villageregistry.service.benefit.EnrolmentRow;
import org.villageregistry.service.benefit.PaymentRow;
import org.villageregistry.ui.common.DateField;
import org.villageregistry.ui.common.ListPane;
import org.villageregistry.ui.table.CodedChoices;
import org.villageregistry.ui.table.Columns;

/** 奖励扶助与补贴: four tabs — programmes, eligible not enrolled, payment batches, re-verification. */
public final class BenefitsView extends VBox {
    private final BenefitsViewModel vm;
    private final TabPane tabs = new TabPane();
    private final TableView<Candidate> candidates = new TableView<>();

    public BenefitsView(BenefitsViewModel viewModel) {
        this.vm = viewModel;
        setId("benefits");
        setSpacing(10);
        setPadding(ListPane.padding());
        Button refresh = new Button(Messages.get("lists.refresh"), new FontIcon("mdi2r-refresh"));
        refresh.setOnAction(e -> vm.refresh());
        Label message = new Label();
        message.getStyleClass().add(Styles.SUCCESS);
        message.textProperty().bind(vm.messageProperty());
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (was != null) {
                vm.tabChanged();
            }
        });
        tabs.getTabs().addAll(new Tab(Messages.get("benefits.tab.candidates"), candidatesPane()),
                new Tab(Messages.get("benefits.tab.batches"), batchesPane()),
                new Tab(Messages.get("benefits.tab.reverify"), reverifyPane()),
                new Tab(Messages.get("benefits.tab.programmes"), programmesPane()));
        VBox.setVgrow(tabs, Priority.ALWAYS);
        getChildren().addAll(ListPane.titleBar(Messages.get("benefits.title"), "mdi2g-gift-outline",
                vm.loadingProperty(), refresh), ListPane.errorLine("benefits-error", vm.errorProperty()), message, tabs);
    }

    private VBox programmesPane() {
        TableView<BenefitProgramme> table = new TableView<>(vm.programmes());
        table.setId("benefits-programmes");
        table.setPlaceholder(new Label(Messages.get("benefits.noProgrammes")));
        table.getColumns().add(Columns.text(Messages.get("benefits.col.code"), 90, BenefitProgramme::code));
        table.getColumns().add(Columns.text(Messages.get("benefits.col.programme"), 260, BenefitProgramme::name));
        table.getColumns().add(Columns.text(Messages.get("benefits.col.kind"), 220, p -> p.kind().label()));
        table.getColumns().add(Columns.text(Messages.get("benefits.col.rates"), 300, BenefitsViewModel::rates));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return pane(table);
    }

    private VBox candidatesPane() {
        candidates.setItems(vm.candidates());
        candidates.setId("benefits-candidates");
        candidates.setPlaceholder(new Label(Messages.get("benefits.noCandidates")));
        candidates.getColumns().add(Columns.text(Messages.get("benefits.col.programme"), 290,
                c -> c.programme().name()));
        candidates.getColumns().add(Columns.text(Messages.get("benefits.col.applicant"), 90,
                c -> c.applicant().name()));
        candidates.getColumns().add(Columns.text(Messages.get("benefits.col.child"), 90,
                c -> c.forChild().map(x -> x.name()).orElse("")));
        candidates.getColumns().add(Columns.text(Messages.get("benefits.col.amount"), 100,
                c -> c.amountText(vm.today())));
        candidates.getColumns().add(Columns.sentence(Messages.get("benefits.col.reason"), 420, Candidate::reason));
        candidates.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        ListPane.onOpen(candidates, c -> BenefitDialogs.enrol(vm, c));
        Button enrol = new Button(Messages.get("benefits.enrol.button"), new FontIcon("mdi2a-account-check-outline"));
        enrol.setId("benefits-enrol");
        enrol.disableProperty().bind(candidates.getSelectionModel().selectedItemProperty().isNull());
        enrol.setOnAction(e -> BenefitDialogs.enrol(vm, candidates.getSelectionModel().getSelectedItem()));
        Button person = personButton(() -> {
            Candidate c = candidates.getSelectionModel().getSelectedItem();
            return c == null ? null : c.applicant().id();
        });
        person.disableProperty().bind(enrol.disableProperty());
        Label hint = new Label(Messages.get("benefits.candidates.hint"));
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        return pane(candidates, new HBox(8, enrol, person, hint));
    }

    private VBox batchesPane() {
        ComboBox<BenefitProgramme> programme = new ComboBox<>(vm.programmes());
        programme.setId("batch-programme");
        programme.setCellFactory(l -> new NameCell());
        programme.setButtonCell(new NameCell());
        programme.valueProperty().bindBidirectional(vm.batchProgrammeProperty());
        TextField period = new TextField(String.valueOf(vm.today().getYear()));
        period.setId("batch-period");
        period.setPrefColumnCount(7);
        Button create = new Button(Messages.get("benefits.batch.create"), new FontIcon("mdi2c-cash-multiple"));
        create.setId("batch-create");
        create.setOnAction(e -> vm.createBatch(period.getText()));
        Label periodLabel = new Label(Messages.get("benefits.batch.period"));
        periodLabel.setLabelFor(period);
        HBox top = new HBox(8, programme, periodLabel, period, create);
        top.setAlignment(Pos.CENTER_LEFT);
        TableView<BatchSummary> batches = new TableView<>(vm.batches());
        batches.setId("benefits-batches");
        batches.setPlaceholder(new Label(Messages.get("benefits.noBatches")));
        batches.getColumns().add(Columns.text(Messages.get("benefits.col.batch"), 170, BatchSummary::batch));
        batches.getColumns().add(Columns.text(Messages.get("benefits.col.period"), 80, BatchSummary::period));
        batches.getColumns().add(Columns.text(Messages.get("benefits.col.payments"), 60,
                b -> String.valueOf(b.payments())));
        batches.getColumns().add(Columns.text(Messages.get("benefits.col.total"), 110, b -> b.total().format()));
        batches.getColumns().add(Columns.text(Messages.get("benefits.col.paid"), 160, b -> b.isPaid()
                ? Messages.get("benefits.batch.paidOn", ListPane.date(b.paidOn()),
                b.method() == null ? "" : b.method().label())
                : Messages.get("benefits.batch.unpaid", b.paid(), b.payments())));
        batches.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        batches.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.showPayments(now);
            }
        });
        DateField paidOn = new DateField(vm.today(), "benefits.batch.paidOnLabel", "batch-paid-on");
        ComboBox<PaymentMethod> method = CodedChoices.combo(java.util.List.of(PaymentMethod.values()));
        method.setValue(PaymentMethod.BANK);
        Button paid = new Button(Messages.get("benefits.batch.markPaid"), new FontIcon("mdi2c-calendar-check"));
        paid.setId("batch-mark-paid");
        paid.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            BatchSummary chosen = batches.getSelectionModel().getSelectedItem();
            return chosen == null || chosen.isPaid();
        }, batches.getSelectionModel().selectedItemProperty(), batches.getItems()));
        paid.setOnAction(e -> {
            BatchSummary chosen = batches.getSelectionModel().getSelectedItem();
            paidOn.read().ifPresent(day -> vm.markPaidQuestion(chosen, day, method.getValue())
                    .filter(q -> org.villageregistry.ui.YesNoQuestion.ask(paid,
                            Messages.get("benefits.batch.markPaidTitle"), q))
                    .ifPresent(q -> vm.markPaid(chosen, day, method.getValue())));
        });
        Label paidOnLabel = new Label(Messages.get("benefits.batch.paidOnLabel"));
        paidOnLabel.setLabelFor(paidOn.picker());
        HBox pay = new HBox(8, paidOnLabel, paidOn.picker(), method, paid, paidOn.problemLine());
        pay.setAlignment(Pos.CENTER_LEFT);
        TableView<PaymentRow> payments = new TableView<>(vm.payments());
        payments.setId("benefits-payments");
        payments.setPlaceholder(new Label(Messages.get("benefits.noPayments")));
        payments.getColumns().add(Columns.text(Messages.get("report.col.household"), 60, PaymentRow::householdNumber));
        payments.getColumns().add(Columns.text(Messages.get("benefits.col.applicant"), 100, PaymentRow::personName));
        payments.getColumns().add(Columns.text(Messages.get("benefits.col.child"), 100, PaymentRow::childName));
        payments.getColumns().add(Columns.text(Messages.get("benefits.col.amount"), 110,
                r -> r.payment().amount().format()));
        payments.getColumns().add(Columns.text(Messages.get("benefits.col.paidOn"), 110,
                r -> ListPane.date(r.payment().paidOn())));
        payments.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        HBox tables = new HBox(12, batches, payments);
        HBox.setHgrow(batches, Priority.ALWAYS);
        HBox.setHgrow(payments, Priority.ALWAYS);
        return pane(tables, top, pay);
    }

    private VBox reverifyPane() {
        TableView<EnrolmentRow> table = new TableView<>(vm.reverifications());
        table.setId("benefits-reverify");
        table.setPlaceholder(new Label(Messages.get("benefits.noReverify")));
        table.getColumns().add(Columns.text(Messages.get("benefits.col.programme"), 230, EnrolmentRow::programmeName));
        table.getColumns().add(Columns.text(Messages.get("benefits.col.applicant"), 100, EnrolmentRow::personName));
        table.getColumns().add(Columns.text(Messages.get("benefits.col.child"), 100, EnrolmentRow::childName));
        table.getColumns().add(Columns.text(Messages.get("benefits.col.due"), 110,
                r -> ListPane.date(r.enrolment().reverificationDue())));
        table.getColumns().add(Columns.text(Messages.get("benefits.col.evidence"), 260,
                r -> r.enrolment().evidence()));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Button confirm = new Button(Messages.get("benefits.reverify.confirm"), new FontIcon("mdi2c-calendar-check"));
        confirm.setId("reverify-confirm");
        confirm.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        confirm.setOnAction(e -> vm.confirmReverification(table.getSelectionModel().getSelectedItem()));
        Button end = new Button(Messages.get("benefits.reverify.end"), new FontIcon("mdi2c-close-circle-outline"));
        end.disableProperty().bind(confirm.disableProperty());
        end.setOnAction(e -> BenefitDialogs.end(vm, table.getSelectionModel().getSelectedItem()));
        Button person = personButton(() -> {
            EnrolmentRow r = table.getSelectionModel().getSelectedItem();
            return r == null ? null : r.enrolment().personId();
        });
        person.disableProperty().bind(confirm.disableProperty());
        return pane(table, new HBox(8, confirm, end, person));
    }

    private Button personButton(java.util.function.Supplier<java.util.UUID> id) {
        Button person = new Button(Messages.get("benefits.openPerson"), new FontIcon("mdi2a-account-outline"));
        person.setOnAction(e -> vm.openPerson(id.get()));
        return person;
    }

    private static VBox pane(javafx.scene.Node main, javafx.scene.Node... around) {
        VBox box = new VBox(8);
        box.setPadding(new javafx.geometry.Insets(10, 0, 0, 0));
        if (around.length > 0 && !(main instanceof HBox)) {
            box.getChildren().add(main);
            box.getChildren().addAll(around);
        } else {
            box.getChildren().addAll(around);
            box.getChildren().add(main);
        }
        VBox.setVgrow(main, Priority.ALWAYS);
        return box;
    }

    public void focusList() {
        tabs.getSelectionModel().select(0);
        candidates.requestFocus();
    }

    private static final class NameCell extends ListCell<BenefitProgramme> {
        @Override
        protected void updateItem(BenefitProgramme item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? null : item.name());
        }
    }
}
