package de.msh.funding.programme.domain;

import java.util.Optional;
import org.springframework.data.repository.Repository;

public interface EnvelopeLedgers extends Repository<EnvelopeLedger, String> {

    EnvelopeLedger save(EnvelopeLedger ledger);

    Optional<EnvelopeLedger> findById(String key);
}
