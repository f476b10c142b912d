package de.msh.platform.testapp;

import org.springframework.data.mongodb.repository.MongoRepository;

interface Widgets extends MongoRepository<Widget, String> {}
