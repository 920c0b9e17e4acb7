package org.ehcpqa.synthetic;

/** Renders a composed plan into one file format. */
interface PlanWriter {
    byte[] write(PlanDocument plan);
}
