package io.github.cameldatagrok.component;

/**
 * What a producer does with its target. One enum for all operations, as in Camel's own components; each operation
 * accepts the actions its docs list and has its own default.
 */
public enum DatagrokAction {
    // tables and files
    /** Send the message body to Datagrok (tables and files: replaces an existing one). The default of table and file. */
    upload,
    /** Fetch from Datagrok into the message body. */
    download,
    /** Delete the target (files, groups). */
    delete,
    /** Mirror a remote folder into a local one (files). */
    sync,
    // dashboards and shares
    /** Create the target (dashboards; the default there). */
    create,
    /** Share the target with groups or users (dashboards, shares; the default of share). */
    share,
    // groups
    /** List groups matching a filter. */
    list,
    /** Find groups by a substring of their name. */
    lookup,
    /** Read one group with its members and memberships. */
    get,
    /** The members of a group. */
    members,
    /** The groups a group belongs to. */
    memberships,
    /** Ask to join a group. */
    requestMembership,
    /** The membership requests of a group. */
    requests,
    /** Approve a membership request. */
    approve,
    /** Deny a membership request. */
    deny,
    /** The current user's group. */
    current,
    /** Create or update a group. */
    save,
    /** Add a member to a group. */
    addMember,
    /** Remove a member from a group. */
    removeMember,
    // users, connections, packages, function catalogue
    /** Block a user (the full user is read and sent). */
    block,
    /** Unblock a user. */
    unblock,
    /** Test a data connection: success, or a DatagrokConnectionTestException with Datagrok's error text. */
    test,
    /** The published versions of a package. */
    versions,
    /** One published version of a package, by its id. */
    version,
    /** Call the function (the default of call). */
    call,
    /** Describe a function: its parameters. */
    describe
}
