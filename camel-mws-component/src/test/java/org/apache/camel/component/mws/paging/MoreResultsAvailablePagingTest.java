package org.apache.camel.component.mws.paging;

import java.util.List;

import org.apache.camel.Exchange;
import org.apache.camel.component.mws.MwsConstants;
import org.apache.camel.component.mws.support.MwsTestSupport;
import org.apache.camel.component.mws.support.StubResponse;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The MoreResultsAvailable style (Customer Information, which the simulator does not serve): pages are followed while
 * MoreResultsAvailable is true; the last token is kept to ask again later.
 */
class MoreResultsAvailablePagingTest extends MwsTestSupport {

    private static final String NS = "https://mws.amazonservices.com/CustomerInformation/2014-03-01";

    private static StubResponse page(String action, String customer, boolean more, String token) {
        return StubResponse.success(action, NS, "<NextToken>" + token + "</NextToken><MoreResultsAvailable>" + more
                                                + "</MoreResultsAvailable><CustomerList><Customer><CustomerId>"
                                                + customer + "</CustomerId></Customer></CustomerList>",
                "req-" + customer);
    }

    @Test
    void pagesUntilNothingMoreNowAndKeepsTheTokenForLater() {
        stub.enqueue(page("ListCustomers", "C1", true, "token+1/="), page("ListCustomersByNextToken", "C2", false,
                "token2"));
        Exchange ex = send(uri("CustomerInformation/ListCustomers", "paginate=true",
                "parameters.DateRangeStart=2024-01-01T00:00:00Z"));
        assertNull(ex.getException());
        List<?> pages = ex.getMessage().getBody(List.class);
        assertEquals(2, pages.size());
        assertTrue(pages.get(0).toString().contains("<CustomerId>C1</CustomerId>"));
        assertTrue(pages.get(1).toString().contains("<CustomerId>C2</CustomerId>"));
        assertEquals("token2", ex.getMessage().getHeader(MwsConstants.NEXT_TOKEN));
        assertEquals(false, ex.getMessage().getHeader(MwsConstants.HAS_NEXT));
        assertEquals(2, stub.requests().size());
        assertEquals("ListCustomersByNextToken", stub.requests().get(1).parameter("Action"));
        assertEquals("token+1/=", stub.requests().get(1).parameter("NextToken"));
        assertNull(stub.requests().get(1).parameter("DateRangeStart"), "ByNextToken takes only the token");

        // later: the kept token asks for what appeared meanwhile
        stub.enqueue(page("ListCustomersByNextToken", "C3", false, "token3"));
        Exchange later = send(uri("CustomerInformation/ListCustomers", "paginate=true"), null,
                java.util.Map.of(MwsConstants.NEXT_TOKEN, "token2"));
        assertNull(later.getException());
        assertEquals(1, later.getMessage().getBody(List.class).size());
        assertEquals("token2", stub.lastRequest().parameter("NextToken"));
        assertEquals("token3", later.getMessage().getHeader(MwsConstants.NEXT_TOKEN));
    }
}
