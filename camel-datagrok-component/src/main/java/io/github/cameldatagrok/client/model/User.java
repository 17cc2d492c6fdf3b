package io.github.cameldatagrok.client.model;

/** A Datagrok user ({@code #type User}); {@code group} is the user's personal group. */
public class User extends NamedEntity {

    private String login;
    private String firstName;
    private String lastName;
    private String email;
    private String status;
    private Group group;

    public User() {
        super("User");
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        assigned("login", login);
        this.login = login;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        assigned("firstName", firstName);
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        assigned("lastName", lastName);
        this.lastName = lastName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        assigned("email", email);
        this.email = email;
    }

    /** {@code new}, {@code active}, {@code blocked}, {@code guest} (compare case-insensitively). */
    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        assigned("status", status);
        this.status = status;
    }

    /** The user's personal group, or null when the server did not include it. */
    public Group getGroup() {
        return group;
    }

    public void setGroup(Group group) {
        assigned("group", group);
        this.group = group;
    }

    @Override
    public String toString() {
        return "User[" + login + ", " + getId() + "]";
    }
}
