#include "avo/llm/http.h"

#include <curl/curl.h>
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <mutex>

namespace avo::llm {

namespace {

void GlobalInitOnce() {
  static std::once_flag once;
  std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

size_t OnBody(char* data, size_t size, size_t count, void* user) {
  static_cast<std::string*>(user)->append(data, size * count);
  return size * count;
}

std::string Trim(std::string s) {
  const auto not_space = [](unsigned char c) { return !std::isspace(c); };
  s.erase(s.begin(), std::find_if(s.begin(), s.end(), not_space));
  s.erase(std::find_if(s.rbegin(), s.rend(), not_space).base(), s.end());
  return s;
}

size_t OnHeader(char* data, size_t size, size_t count, void* user) {
  auto* headers = static_cast<std::vector<std::pair<std::string, std::string>>*>(user);
  const std::string line(data, size * count);
  // A new status line (after a redirect or 100-continue) starts a new header block.
  if (line.rfind("HTTP/", 0) == 0) headers->clear();
  const auto colon = line.find(':');
  if (colon != std::string::npos) {
    std::string name = line.substr(0, colon);
    std::transform(name.begin(), name.end(), name.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    headers->emplace_back(Trim(name), Trim(line.substr(colon + 1)));
  }
  return size * count;
}

int OnProgress(void* user, curl_off_t, curl_off_t, curl_off_t, curl_off_t) {
  const auto* cancel = static_cast<const std::function<bool()>*>(user);
  return (*cancel && (*cancel)()) ? 1 : 0;  // non-zero aborts the transfer
}

struct CurlDeleter {
  void operator()(CURL* c) const { curl_easy_cleanup(c); }
};
struct SlistDeleter {
  void operator()(curl_slist* l) const { curl_slist_free_all(l); }
};

Status FromCurlCode(CURLcode code, const char* detail, const HttpRequest& request) {
  const std::string what = fmt::format("{} ({})", curl_easy_strerror(code), detail);
  switch (code) {
    case CURLE_OPERATION_TIMEDOUT:
      return Status::Timeout(
          fmt::format("no complete answer within {:g} s: {}", request.timeout_s, what));
    case CURLE_ABORTED_BY_CALLBACK:
      return Status::Cancelled("request cancelled");
    case CURLE_URL_MALFORMAT:
    case CURLE_UNSUPPORTED_PROTOCOL:
      return Status::InvalidArgument("bad URL: " + what);
    default:
      // Connect failures, resets, truncated bodies (PARTIAL_FILE), empty replies (GOT_NOTHING),
      // TLS hiccups: the server or the path to it may recover.
      return Status::Unavailable(what);
  }
}

}  // namespace

std::string HttpResponse::Header(const std::string& lower_name) const {
  for (const auto& [name, value] : headers) {
    if (name == lower_name) return value;
  }
  return "";
}

Result<HttpResponse> HttpPost(const HttpRequest& request) {
  GlobalInitOnce();
  std::unique_ptr<CURL, CurlDeleter> curl(curl_easy_init());
  if (!curl) return Status::Internal("curl_easy_init failed");

  std::unique_ptr<curl_slist, SlistDeleter> header_list;
  for (const auto& [name, value] : request.headers) {
    const std::string line = name + ": " + value;
    curl_slist* next = curl_slist_append(header_list.get(), line.c_str());
    if (next == nullptr) return Status::Internal("curl_slist_append failed");
    static_cast<void>(header_list.release());
    header_list.reset(next);
  }
  // Without this libcurl waits for "100 Continue" before sending bodies over 1 MB (long prompts).
  curl_slist* next = curl_slist_append(header_list.get(), "Expect:");
  if (next == nullptr) return Status::Internal("curl_slist_append failed");
  static_cast<void>(header_list.release());
  header_list.reset(next);

  HttpResponse response;
  char error_buffer[CURL_ERROR_SIZE] = {0};
  CURL* c = curl.get();
  curl_easy_setopt(c, CURLOPT_URL, request.url.c_str());
  curl_easy_setopt(c, CURLOPT_POST, 1L);
  curl_easy_setopt(c, CURLOPT_POSTFIELDS, request.body.data());
  curl_easy_setopt(c, CURLOPT_POSTFIELDSIZE_LARGE, static_cast<curl_off_t>(request.body.size()));
  curl_easy_setopt(c, CURLOPT_HTTPHEADER, header_list.get());
  curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, OnBody);
  curl_easy_setopt(c, CURLOPT_WRITEDATA, &response.body);
  curl_easy_setopt(c, CURLOPT_HEADERFUNCTION, OnHeader);
  curl_easy_setopt(c, CURLOPT_HEADERDATA, &response.headers);
  curl_easy_setopt(c, CURLOPT_ERRORBUFFER, error_buffer);
  curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, static_cast<long>(request.timeout_s * 1000));
  curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS,
                   static_cast<long>(request.connect_timeout_s * 1000));
  curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);         // signals and threads do not mix
  curl_easy_setopt(c, CURLOPT_ACCEPT_ENCODING, "");  // any encoding curl can decode
  curl_easy_setopt(c, CURLOPT_NOPROGRESS, 0L);
  curl_easy_setopt(c, CURLOPT_XFERINFOFUNCTION, OnProgress);
  curl_easy_setopt(c, CURLOPT_XFERINFODATA, &request.cancel);

  const CURLcode code = curl_easy_perform(c);
  if (code != CURLE_OK) return FromCurlCode(code, error_buffer, request);
  curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &response.status);
  return response;
}

}  // namespace avo::llm
