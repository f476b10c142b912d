package de.msh.funding.grant.domain;

import java.util.Optional;
import org.springframework.data.repository.Repository;

public interface EnvelopeLedgers extends Repository<EnvelopeLedger, String> {

    EnvelopeLedger save(EnvelopeLedger ledger);

    Optional<EnvelopeLedger> findById(String key);
}
