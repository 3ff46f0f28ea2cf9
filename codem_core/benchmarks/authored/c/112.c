//@@ header
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <stdbool.h>
//@@ helpers
//@@ doc_append
The returned array {result string, "True" or "False"} and each string in it are allocated with malloc; the caller frees them.
The number of elements of the result (2) is stored in *out_len.
//@@ signature
char **reverse_delete(const char *s, const char *c, int *out_len) {
//@@ solution
    int len = strlen(s);
    char *n = malloc((len + 1) * sizeof(char));
    int ni = 0;
    for (int i = 0; s[i] != '\0'; i++) {
        if (strchr(c, s[i]) == NULL) {
            n[ni++] = s[i];
        }
    }
    n[ni] = '\0';

    bool is_palindrome = true;
    for (int i = 0; i < ni / 2; i++) {
        if (n[i] != n[ni - 1 - i]) {
            is_palindrome = false;
            break;
        }
    }

    char **out = malloc(2 * sizeof(char *));
    out[0] = n;
    out[1] = strdup(is_palindrome ? "True" : "False");
    *out_len = 2;
    return out;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        int n = -1;
        char **r = reverse_delete("abcde", "ae", &n);
        assert(n == 2);
        assert(strcmp(r[0], "bcd") == 0);
        assert(strcmp(r[1], "False") == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    {
        int n = -1;
        char **r = reverse_delete("abcdef", "b", &n);
        assert(n == 2);
        assert(strcmp(r[0], "acdef") == 0);
        assert(strcmp(r[1], "False") == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    {
        int n = -1;
        char **r = reverse_delete("abcdedcba", "ab", &n);
        assert(n == 2);
        assert(strcmp(r[0], "cdedc") == 0);
        assert(strcmp(r[1], "True") == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    {
        int n = -1;
        char **r = reverse_delete("dwik", "w", &n);
        assert(n == 2);
        assert(strcmp(r[0], "dik") == 0);
        assert(strcmp(r[1], "False") == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    {
        int n = -1;
        char **r = reverse_delete("a", "a", &n);
        assert(n == 2);
        assert(strcmp(r[0], "") == 0);
        assert(strcmp(r[1], "True") == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    {
        int n = -1;
        char **r = reverse_delete("abcdedcba", "", &n);
        assert(n == 2);
        assert(strcmp(r[0], "abcdedcba") == 0);
        assert(strcmp(r[1], "True") == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    {
        int n = -1;
        char **r = reverse_delete("abcdedcba", "v", &n);
        assert(n == 2);
        assert(strcmp(r[0], "abcdedcba") == 0);
        assert(strcmp(r[1], "True") == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    {
        int n = -1;
        char **r = reverse_delete("vabba", "v", &n);
        assert(n == 2);
        assert(strcmp(r[0], "abba") == 0);
        assert(strcmp(r[1], "True") == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    {
        int n = -1;
        char **r = reverse_delete("mamma", "mia", &n);
        assert(n == 2);
        assert(strcmp(r[0], "") == 0);
        assert(strcmp(r[1], "True") == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    return 0;
}
//@@ example_test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        int n = -1;
        char **r = reverse_delete("abcde", "ae", &n);
        assert(n == 2);
        assert(strcmp(r[0], "bcd") == 0);
        assert(strcmp(r[1], "False") == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    {
        int n = -1;
        char **r = reverse_delete("abcdef", "b", &n);
        assert(n == 2);
        assert(strcmp(r[0], "acdef") == 0);
        assert(strcmp(r[1], "False") == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    {
        int n = -1;
        char **r = reverse_delete("abcdedcba", "ab", &n);
        assert(n == 2);
        assert(strcmp(r[0], "cdedc") == 0);
        assert(strcmp(r[1], "True") == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed reverse_delete.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
Hand (C conventions): caller buffers result / palindrome -> returned malloc'd array of the two strings + out_len (HumanEval-X C++ returns the same pair as a vector<string>).
