package org.ehcpqa.plan;

import java.util.List;

/** One page of a plan list and how many plans match in all. */
public record PlanListPage(List<PlanListItem> items, long total, int page, int pageSize) {

    public int pages() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < pages();
    }

    public long firstShown() {
        return items.isEmpty() ? 0 : (long) (page - 1) * pageSize + 1;
    }

    public long lastShown() {
        return firstShown() == 0 ? 0 : firstShown() + items.size() - 1;
    }
}
