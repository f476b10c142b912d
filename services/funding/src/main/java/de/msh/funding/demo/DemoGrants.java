package de.msh.funding.demo;

import de.msh.funding.grant.application.ApplyForGrant;
import de.msh.funding.grant.application.GrantService;
import de.msh.funding.grant.domain.AcceptProof;
import de.msh.funding.grant.domain.CallFunds;
import de.msh.funding.grant.domain.Decision;
import de.msh.funding.grant.domain.DisbursePayment;
import de.msh.funding.grant.domain.Grant;
import de.msh.funding.grant.domain.ReceivePayment;
import de.msh.funding.project.domain.KnownProjects;
import de.msh.funding.statement.application.StatementImport;
import de.msh.platform.demo.DemoLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the demo grants and the demo statement on a local stack started with {@code msh.demo-data=true}, through
 * the same use cases finance staff use. The grants name their projects by code, and the projects service announces
 * its demo projects only as it starts, so loading waits, in the background, until each project is known. A grant
 * whose file number exists is skipped and the statement import is idempotent, so a restart changes nothing.
 */
@Component
@ConditionalOnProperty(name = "msh.demo-data", havingValue = "true")
class DemoGrants extends DemoLoader {

    private static final Logger log = LoggerFactory.getLogger(DemoGrants.class);
    private static final String BY = "demo-data";
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();

    private final Resource grantsFile;
    private final Resource statementFile;
    private final GrantService grants;
    private final KnownProjects projects;
    private final StatementImport statements;

    DemoGrants(
            @Value("${msh.funding.demo-grants:classpath:demo/grants.json}") Resource grantsFile,
            @Value("${msh.funding.demo-statement:classpath:demo/kontoauszug-demo.camt053.xml}") Resource statementFile,
            GrantService grants,
            KnownProjects projects,
            StatementImport statements) {
        super("demo grants");
        this.grantsFile = grantsFile;
        this.statementFile = statementFile;
        this.grants = grants;
        this.projects = projects;
        this.statements = statements;
    }

    /** True once every demo grant and the statement are in. */
    @Override
    protected boolean load() {
        DemoGrantsFile file = read();
        List<String> waiting = new ArrayList<>();
        for (DemoGrantsFile.DemoGrant demo : file.grants()) {
            Optional<String> project = projects.activeIdOfCode(demo.projectCode());
            if (project.isEmpty()) {
                waiting.add(demo.projectCode());
            } else if (grants.byFileNumber(demo.fileNumber()).isEmpty()) {
                create(demo, project.get());
            }
        }
        if (!waiting.isEmpty()) {
            log.info("Demo data: waiting for the projects {}", waiting);
            return false;
        }
        try (InputStream in = statementFile.getInputStream()) {
            var imported = statements.importFile(in, StatementImport.Format.CAMT053, BY);
            log.info(
                    "Demo data: {} grants; statement {} {}",
                    file.grants().size(),
                    imported.get(0).statement().statementId(),
                    imported.get(0).created() ? "imported" : "was there");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return true;
    }

    private void create(DemoGrantsFile.DemoGrant demo, String projectId) {
        Grant grant = grants.apply(
                new ApplyForGrant(
                        projectId,
                        demo.fileNumber(),
                        demo.programme(),
                        demo.period(),
                        demo.requestedAmount(),
                        demo.recipientKind(),
                        demo.investmentArea(),
                        demo.recipient()),
                BY);
        String id = grant.id();
        if (demo.rejection() != null) {
            grants.reject(id, null, demo.rejection().reason(), demo.rejection().decidedOn(), BY);
            return;
        }
        if (demo.approval() == null) {
            return;
        }
        var approval = demo.approval();
        grants.approve(
                id,
                null,
                new Decision(
                        approval.amount(),
                        approval.rate(),
                        approval.eligibleCosts(),
                        approval.tranches().stream()
                                .map(t -> new Decision.Tranche(t.year(), t.amount()))
                                .toList(),
                        approval.decidedOn()),
                BY);
        for (var call : demo.calls()) {
            grants.callFunds(id, null, new CallFunds(call.trancheYear(), call.amount(), call.calledOn(), null), BY);
        }
        for (var receipt : demo.receipts()) {
            grants.receive(
                    id, null, new ReceivePayment(receipt.callId(), receipt.amount(), receipt.receivedOn(), null), BY);
        }
        for (var paid : demo.disbursements()) {
            grants.disburse(
                    id, null, new DisbursePayment(paid.recipient(), paid.amount(), paid.disbursedOn(), null), BY);
        }
        for (var proof : demo.proofs()) {
            grants.acceptProof(
                    id,
                    null,
                    new AcceptProof(
                            proof.proofId(), proof.submittedOn(), proof.acceptedOn(), proof.provenAmount(), null),
                    BY);
        }
    }

    private DemoGrantsFile read() {
        try (InputStream in = grantsFile.getInputStream()) {
            return JSON.readValue(in, DemoGrantsFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo grants from " + grantsFile, e);
        }
    }
}
