package io.github.cameldatagrok.examples.cluster;

import org.apache.camel.main.Main;

/**
 * One node of the cluster example: a Camel Main JVM whose route polls a Datagrok folder, either as the single active
 * poller elected through ZooKeeper ({@code cluster.mode=master}) or beside the other nodes, splitting the files
 * through the shared claims in PostgreSQL ({@code cluster.mode=split}). Every setting is a {@code cluster.*}
 * property (see {@code application.properties}), overridden by {@code -Dcluster.x=...}.
 */
public final class ClusterNode {

    private ClusterNode() {
    }

    public static void main(String[] args) throws Exception {
        // finds ClusterRoutes in this package
        new Main(ClusterNode.class).run(args);
    }
}
