package org.apache.camel.component.mws.catalog;

/**
 * The request parameter an action takes its marketplaces in: a 1-based list such as {@code MarketplaceId.Id.N} or
 * {@code MarketplaceIdList.Id.N}, or a single {@code MarketplaceId}.
 *
 * @param baseName the parameter name without member and index, e.g. {@code MarketplaceId} or {@code MarketplaceIdList}
 * @param member   the list member name, e.g. {@code Id}; null for a single value
 */
public record MarketplaceParameter(String baseName, String member) {

    /**
     * @param  column the catalog notation: {@code Name.Member.N} for a list, a plain name for a single value
     * @return        the parameter, or null for an empty column
     */
    static MarketplaceParameter parse(String column) {
        if (column == null || column.isBlank()) {
            return null;
        }
        String[] parts = column.trim().split("\\.");
        if (parts.length == 3 && "N".equals(parts[2])) {
            return new MarketplaceParameter(parts[0], parts[1]);
        }
        if (parts.length == 1) {
            return new MarketplaceParameter(parts[0], null);
        }
        throw new IllegalStateException("Bad marketplace_parameter in the catalog: " + column);
    }

    /**
     * @return true when the action accepts several marketplaces
     */
    public boolean isList() {
        return member != null;
    }

    /**
     * @param  index the 1-based position in the list
     * @return       the parameter name of that element, e.g. {@code MarketplaceId.Id.2}
     */
    public String elementName(int index) {
        return isList() ? baseName + "." + member + "." + index : baseName;
    }

    @Override
    public String toString() {
        return isList() ? baseName + "." + member + ".N" : baseName;
    }
}
