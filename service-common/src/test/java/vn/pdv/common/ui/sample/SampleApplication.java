package vn.pdv.common.ui.sample;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The smallest service with pages: no store, only the web layer service-common sets up. */
@SpringBootApplication(excludeName = {
        "org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration",
        "org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
        "org.springframework.boot.data.mongodb.autoconfigure.DataMongoRepositoriesAutoConfiguration"})
public class SampleApplication {
}
