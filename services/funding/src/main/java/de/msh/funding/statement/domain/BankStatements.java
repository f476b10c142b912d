package de.msh.funding.statement.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.Repository;

/** Every imported statement; account and statement id are unique together (an index backs it). */
public interface BankStatements extends Repository<BankStatement, String> {

    BankStatement save(BankStatement statement);

    Optional<BankStatement> findById(String id);

    List<BankStatement> findAllByOrderByImportedAtDesc();

    /** Statements of an account that may hold bookings of the given days, to find duplicates. */
    List<BankStatement> findByIbanAndFromLessThanEqualAndToGreaterThanEqual(
            String iban, LocalDate last, LocalDate first);
}
