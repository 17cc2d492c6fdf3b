package io.github.cameldatagrok.component;

import java.util.Locale;

import io.github.cameldatagrok.client.DatagrokGroups;
import io.github.cameldatagrok.client.model.Group;
import io.github.cameldatagrok.client.model.GroupMembershipRequest;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.util.ObjectHelper;

/**
 * {@code datagrok:group:<group>} producer: one action per group method of Datagrok's Python clients. Results are
 * {@link Group}, {@link GroupMembershipRequest} or lists of them; the default action is {@code get}.
 */
public class DatagrokGroupProducer extends DatagrokProducer {

    private static final OperationSupport SUPPORT = OperationSupport.of("datagrok:group",
            OperationSupport.NO_OUTPUT_TYPE, DatagrokAction.get, DatagrokAction.list, DatagrokAction.lookup,
            DatagrokAction.members, DatagrokAction.memberships, DatagrokAction.requestMembership,
            DatagrokAction.requests, DatagrokAction.approve, DatagrokAction.deny, DatagrokAction.current,
            DatagrokAction.save, DatagrokAction.addMember, DatagrokAction.removeMember, DatagrokAction.delete);

    public DatagrokGroupProducer(DatagrokEndpoint endpoint) {
        super(endpoint, SUPPORT);
    }

    @Override
    protected void produce(Exchange exchange, DatagrokAction action) {
        DatagrokEndpoint endpoint = getEndpoint();
        DatagrokConfiguration configuration = endpoint.getConfiguration();
        DatagrokGroups groups = endpoint.getClient().groups();
        Message message = exchange.getMessage();
        switch (action) {
            case list -> message.setBody(groups.list(
                    MessageOptions.value(exchange, DatagrokConstants.FILTER, String.class, configuration.getFilter()),
                    configuration.isIncludePersonal(), configuration.isIncludeMembers(),
                    configuration.isIncludeMemberships()));
            case lookup -> message.setBody(groups.lookup(MessageOptions.target(exchange, endpoint)));
            case get -> setGroup(message, groups.get(MessageOptions.target(exchange, endpoint)));
            case members -> message.setBody(groups.members(MessageOptions.target(exchange, endpoint), admin(exchange)));
            case memberships -> message.setBody(groups.memberships(MessageOptions.target(exchange, endpoint),
                    admin(exchange)));
            case requestMembership -> {
                GroupMembershipRequest request = groups.requestMembership(MessageOptions.target(exchange, endpoint));
                message.setHeader(DatagrokConstants.REQUEST_ID, request.getId());
                message.setBody(request);
            }
            case requests -> message.setBody(groups.requests(MessageOptions.target(exchange, endpoint)));
            case approve -> groups.approve(requestId(exchange));
            case deny -> groups.deny(requestId(exchange));
            case current -> setGroup(message, groups.current());
            case save -> {
                String target = ObjectHelper.isEmpty(message.getHeader(DatagrokConstants.TARGET))
                        ? endpoint.getTarget() : message.getHeader(DatagrokConstants.TARGET, String.class);
                Group group = GroupBodies.toGroup(exchange, target, endpoint.getClient().json());
                setGroup(message, groups.save(group, configuration.isSaveRelations()));
            }
            case addMember -> {
                String group = MessageOptions.target(exchange, endpoint);
                Boolean admin = admin(exchange);
                setGroup(message, groups.addMember(group, member(exchange), admin != null && admin));
            }
            case removeMember -> {
                String group = MessageOptions.target(exchange, endpoint);
                setGroup(message, groups.removeMember(group, member(exchange)));
            }
            case delete -> groups.delete(MessageOptions.target(exchange, endpoint));
            default -> throw new IllegalStateException("datagrok:group has no branch for action " + action);
        }
    }

    private static void setGroup(Message message, Group group) {
        message.setHeader(DatagrokConstants.GROUP_ID, group.getId());
        message.setBody(group);
    }

    /** The admin flag from the header or option: true, false or unset; anything else is an error. */
    private Boolean admin(Exchange exchange) {
        Object value = exchange.getMessage().getHeader(DatagrokConstants.ADMIN);
        if (value == null) {
            return getEndpoint().getConfiguration().getAdmin();
        }
        if (value instanceof Boolean flag) {
            return flag;
        }
        String text = value.toString().trim().toLowerCase(Locale.ROOT);
        if (text.equals("true") || text.equals("false")) {
            return Boolean.valueOf(text);
        }
        throw new IllegalArgumentException("The " + DatagrokConstants.ADMIN + " header must be true or false, not '"
                + value + "'");
    }

    private String member(Exchange exchange) {
        String member = MessageOptions.value(exchange, DatagrokConstants.MEMBER, String.class,
                getEndpoint().getConfiguration().getMember());
        if (ObjectHelper.isEmpty(member)) {
            throw new IllegalArgumentException("No Datagrok member given: set the member option or the "
                    + DatagrokConstants.MEMBER + " header (a group name or id, or a user login)");
        }
        return member;
    }

    private String requestId(Exchange exchange) {
        String id = MessageOptions.value(exchange, DatagrokConstants.REQUEST_ID, String.class,
                getEndpoint().getConfiguration().getRequestId());
        if (ObjectHelper.isEmpty(id)) {
            throw new IllegalArgumentException("No Datagrok membership request given: set the requestId option or"
                    + " the " + DatagrokConstants.REQUEST_ID + " header");
        }
        return id;
    }
}
