//@@ header
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
//@@ helpers
//@@ doc_append
The returned array and each string in it are allocated with malloc; the caller frees them.
The number of elements of the result is stored in *out_len.
//@@ signature
char **filter_by_prefix(char **strings, int count, const char *prefix, int *out_len) {
//@@ solution
    int prefix_length = strlen(prefix);
    char **out = malloc((count > 0 ? count : 1) * sizeof(char *));
    int n = 0;

    for (int i = 0; i < count; i++) {
        if (strncmp(strings[i], prefix, prefix_length) == 0) {
            out[n++] = strdup(strings[i]);
        }
    }

    *out_len = n;
    return out;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        char *a0[] = {"axxx", "xxxa", "xx"};
        int n = -1;
        char **r = filter_by_prefix(a0, 3, "xxx", &n);
        assert(n == 1);
        assert(strcmp(r[0], "xxxa") == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    {
        char *a0[] = {NULL};
        int n = -1;
        char **r = filter_by_prefix(a0, 0, "john", &n);
        assert(n == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    {
        char *a0[] = {"xxx", "asd", "xxy", "john doe", "xxxAAA", "xxx"};
        int n = -1;
        char **r = filter_by_prefix(a0, 6, "xxx", &n);
        assert(n == 3);
        assert(strcmp(r[0], "xxx") == 0);
        assert(strcmp(r[1], "xxxAAA") == 0);
        assert(strcmp(r[2], "xxx") == 0);
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
        char *a0[] = {NULL};
        int n = -1;
        char **r = filter_by_prefix(a0, 0, "a", &n);
        assert(n == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    {
        char *a0[] = {"abc", "bcd", "cde", "array"};
        int n = -1;
        char **r = filter_by_prefix(a0, 4, "a", &n);
        assert(n == 2);
        assert(strcmp(r[0], "abc") == 0);
        assert(strcmp(r[1], "array") == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed filter_by_prefix.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
Hand: test strengthened (as the TypeScript one): a case where the substring is not a prefix.
Hand (C conventions): char ***out + returned count -> returned malloc'd array of copies + out_len.
