package io.github.cameldatagrok.client.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** A model read and written back sends exactly the fields it read plus the changes, with any ObjectMapper. */
class JsonModelTest {

    private final ObjectMapper json = new ObjectMapper();
    private final ObjectMapper lenient = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private JsonNode roundTrip(ObjectMapper mapper, String read, Class<?> type) throws Exception {
        return mapper.readTree(mapper.writeValueAsString(mapper.readValue(read, type)));
    }

    @Test
    void unknownFieldsRoundTripOnceAndNoOtherPropertyIsAdded() throws Exception {
        String read = "{\"id\":\"x\",\"name\":\"n\",\"foo\":1,\"nested\":{\"a\":[1,2]}}";
        for (ObjectMapper mapper : List.of(json, lenient)) {
            assertThat(roundTrip(mapper, read, Group.class)).isEqualTo(mapper.readTree(read));
        }
    }

    @Test
    void anInputKeyNamedOtherIsAnUnknownFieldNotTheMap() throws Exception {
        String read = "{\"id\":\"x\",\"foo\":1,\"other\":{\"bar\":2}}";
        Group group = json.readValue(read, Group.class);
        assertThat(group.getOther()).containsOnlyKeys("foo", "other");
        assertThat(roundTrip(json, read, Group.class)).isEqualTo(json.readTree(read));
    }

    @Test
    void aFullGroupWithRelationsReadAndChangedSendsWhatItReadPlusTheChange() throws Exception {
        String read = "{\"#type\":\"UserGroup\",\"id\":\"g\",\"name\":\"Chemists\",\"friendlyName\":\"Chemists\","
                + "\"description\":null,\"createdOn\":\"2025-04-29T09:53:40.502720Z\",\"personal\":false,"
                + "\"hidden\":false,\"namespace\":null,\"serverOnly\":{\"k\":true},"
                + "\"children\":[{\"id\":\"r\",\"isAdmin\":null,\"relationExtra\":7,"
                + "\"parent\":{\"id\":\"g\"},\"child\":{\"id\":\"c\",\"name\":\"Bob\",\"personal\":true}}]}";
        Group group = json.readValue(read, Group.class);
        group.setDescription("Lab");
        JsonNode written = json.readTree(json.writeValueAsString(group));
        com.fasterxml.jackson.databind.node.ObjectNode expected = (com.fasterxml.jackson.databind.node.ObjectNode)
                json.readTree(read);
        expected.put("description", "Lab");
        assertThat(written).isEqualTo(expected);
    }

    @Test
    void aNewGroupCarriesItsKindAndOnlyWhatWasSet() throws Exception {
        assertThat(json.readTree(json.writeValueAsString(Group.named("Team"))))
                .isEqualTo(json.readTree("{\"#type\":\"UserGroup\",\"name\":\"Team\",\"friendlyName\":\"Team\"}"));
        Group read = json.readValue("{\"id\":\"x\"}", Group.class);
        assertThat(read.getType()).isEqualTo("UserGroup");
        assertThat(json.writeValueAsString(read)).isEqualTo("{\"id\":\"x\"}");
        read.setName(null);
        assertThat(json.writeValueAsString(read)).isEqualTo("{\"id\":\"x\",\"name\":null}");
    }
}
