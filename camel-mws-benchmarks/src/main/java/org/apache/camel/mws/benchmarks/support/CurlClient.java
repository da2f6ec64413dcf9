package org.apache.camel.mws.benchmarks.support;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.component.mws.catalog.MwsCatalog;
import org.apache.camel.component.mws.catalog.Section;
import org.apache.camel.component.mws.signing.RequestSigner;
import org.apache.camel.component.mws.signing.SignatureMethod;
import org.apache.camel.component.mws.signing.SignatureV2;
import org.apache.camel.mws.simulator.account.DeveloperAccount;

/**
 * {@code curl} against the simulator, as the baseline of the transfer scenarios: the same signed MWS request the
 * component would send (the same developer keys, seller and MWSAuthToken), so that both move the same bytes from the
 * same server in the same run.
 */
public final class CurlClient {

    /** What one curl run did. */
    public record Transfer(int httpStatus, long bytes, double seconds) {
        public double megabytesPerSecond() {
            return bytes / 1e6 / seconds;
        }
    }

    private final String httpBaseUrl;
    private final DeveloperAccount developer;
    private final String sellerId;
    private final String mwsAuthToken;
    private final Path workDir;

    /**
     * @param httpBaseUrl  the simulator's plain HTTP endpoint
     * @param developer    the keys the requests are signed with
     * @param sellerId     the seller they act for
     * @param mwsAuthToken the seller's authorization of the developer, or null for the seller's own developer
     * @param workDir      where request bodies are written
     */
    public CurlClient(String httpBaseUrl, DeveloperAccount developer, String sellerId, String mwsAuthToken,
                      Path workDir) {
        this.httpBaseUrl = httpBaseUrl;
        this.developer = developer;
        this.sellerId = sellerId;
        this.mwsAuthToken = mwsAuthToken;
        this.workDir = workDir;
    }

    /** curl signing as {@link SimulatorProcess#componentForFirstSeller()} does. */
    public static CurlClient forFirstSeller(SimulatorProcess simulator, Path workDir) {
        String seller = simulator.accounts().firstSeller().sellerId();
        return new CurlClient(simulator.httpBaseUrl(), simulator.accounts().thirdPartyDeveloper(), seller,
                simulator.accounts().authToken(seller), workDir);
    }

    /** The curl version ("curl 7.88.1"), or null when no curl binary can be run here. */
    public static String version() {
        try {
            Process p = new ProcessBuilder("curl", "--version").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII);
            String[] words = out.trim().split("\\s+");
            return p.waitFor() == 0 ? words[0] + (words.length > 1 ? " " + words[1] : "") : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Whether a curl binary can be run here. */
    public static boolean available() {
        try {
            Process p = new ProcessBuilder("curl", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** {@code curl -o target} of a signed form POST (e.g. GetReport); the wall time includes starting curl. */
    public Transfer download(String sectionName, String action, Map<String, String> parameters, Path target)
            throws IOException, InterruptedException {
        return postingSignedForm(sectionName, action, parameters, post -> {
            List<String> arguments = new ArrayList<>(List.of("-o", target.toString()));
            arguments.addAll(post);
            return run(arguments);
        });
    }

    /** What {@link #downloadVerified} did: its wall time and the Base64 MD5 of the bytes received. */
    public record Verified(double seconds, String md5) {
    }

    /**
     * The shell's best at a verified download: {@code curl | tee target | openssl dgst -md5 -binary | base64}, the
     * MD5 computed by another process while curl receives (the wall time includes starting the processes).
     */
    public Verified downloadVerified(String sectionName, String action, Map<String, String> parameters, Path target)
            throws IOException, InterruptedException {
        return postingSignedForm(sectionName, action, parameters, post -> {
            List<String> command = new ArrayList<>(List.of("bash", "-c", "set -o pipefail; target=$1; shift; curl"
                                                                          + " \"$@\" | tee \"$target\" | openssl dgst"
                                                                          + " -md5 -binary | base64",
                    "bash", target.toString(), "-s", "-S", "-f", "-H", userAgent()));
            command.addAll(post);
            long start = System.nanoTime();
            Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String md5 = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
            int exit = p.waitFor();
            double seconds = (System.nanoTime() - start) / 1e9;
            if (exit != 0) {
                throw new IOException("curl | tee | openssl exited with " + exit);
            }
            return new Verified(seconds, md5);
        });
    }

    /**
     * {@code curl -T feed -X POST} of a SubmitFeed (parameters in the signed query string, the file streamed as the
     * body); the answer is discarded.
     */
    public Transfer upload(String sectionName, String action, Map<String, String> parameters, Path file,
                           String contentType) throws IOException, InterruptedException {
        Section section = MwsCatalog.getDefault().section(sectionName);
        URI url = URI.create(httpBaseUrl + section.path() + "?" + signed(section, action, parameters));
        Transfer t = run(List.of("-T", file.toString(), "-X", "POST", "-o", "/dev/null", "-H",
                "Content-Type: " + contentType, url.toString()));
        return new Transfer(t.httpStatus(), Files.size(file), t.seconds());
    }

    /** What to do with curl's arguments for posting a signed form. */
    @FunctionalInterface
    private interface FormPost<T> {
        T send(List<String> postArguments) throws IOException, InterruptedException;
    }

    /**
     * Writes the signed form body of an action to a temporary file and hands {@code post} the curl arguments that
     * post it (body, content type, URL); the file is deleted afterwards.
     */
    private <T> T postingSignedForm(String sectionName, String action, Map<String, String> parameters,
                                    FormPost<T> post) throws IOException, InterruptedException {
        Section section = MwsCatalog.getDefault().section(sectionName);
        Path body = Files.createTempFile(workDir, "curl-body-", ".txt");
        try {
            Files.writeString(body, signed(section, action, parameters), StandardCharsets.US_ASCII);
            URI url = URI.create(httpBaseUrl).resolve(section.path());
            return post.send(List.of("--data-binary", "@" + body,
                    "-H", "Content-Type: application/x-www-form-urlencoded; charset=utf-8", url.toString()));
        } finally {
            Files.deleteIfExists(body);
        }
    }

    private Transfer run(List<String> arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("curl", "-s", "-S", "-w", "%{http_code} %{size_download}",
                "-H", userAgent()));
        command.addAll(arguments);
        long start = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim();
        int exit = p.waitFor();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (exit != 0) {
            throw new IOException("curl exited with " + exit + ": " + out);
        }
        String[] parts = out.split(" ");
        return new Transfer(Integer.parseInt(parts[0]), Long.parseLong(parts[1]), seconds);
    }

    private static String userAgent() {
        return "User-Agent: camel-mws-benchmarks/1.0 (Language=Java/" + System.getProperty("java.version") + ")";
    }

    /** The signed, encoded parameters of a request (timestamped now: the simulator's clock is the real one). */
    private String signed(Section section, String action, Map<String, String> parameters) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("AWSAccessKeyId", developer.accessKeyId());
        p.put("Action", action);
        p.put(section.sellerParameter(), sellerId);
        if (mwsAuthToken != null) {
            p.put("MWSAuthToken", mwsAuthToken);
        }
        p.put("SignatureMethod", "HmacSHA256");
        p.put("SignatureVersion", "2");
        p.put("Version", section.version());
        p.put("Timestamp", Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
        p.putAll(parameters);
        URI base = URI.create(httpBaseUrl);
        String host = SignatureV2.hostHeader(base.getScheme(), base.getHost(), base.getPort());
        return new RequestSigner(developer.secretKey(), SignatureMethod.HmacSHA256).sign("POST", host, section.path(),
                p).encoded();
    }
}
