//@@ header
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
//@@ helpers
//@@ doc_append
The returned array and each string in it are allocated with malloc; the caller frees them.
The number of elements of the result is stored in *out_size.
//@@ signature
char **filter_by_substring(char **strings, int size, const char *substring, int *out_size) {
//@@ solution
    char **out = NULL;
    int count = 0;
    for (int i = 0; i < size; i++) {
        if (strstr(strings[i], substring) != NULL) {
            out = (char **)realloc(out, sizeof(char *) * (count + 1));
            out[count] = strdup(strings[i]);
            count++;
        }
    }
    *out_size = count;
    return out;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        char *a0[] = {NULL};
        int n = -1;
        char **r = filter_by_substring(a0, 0, "john", &n);
        assert(n == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    {
        char *a0[] = {"xxx", "asd", "xxy", "john doe", "xxxAAA", "xxx"};
        int n = -1;
        char **r = filter_by_substring(a0, 6, "xxx", &n);
        assert(n == 3);
        assert(strcmp(r[0], "xxx") == 0);
        assert(strcmp(r[1], "xxxAAA") == 0);
        assert(strcmp(r[2], "xxx") == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    {
        char *a0[] = {"xxx", "asd", "aaaxxy", "john doe", "xxxAAA", "xxx"};
        int n = -1;
        char **r = filter_by_substring(a0, 6, "xx", &n);
        assert(n == 4);
        assert(strcmp(r[0], "xxx") == 0);
        assert(strcmp(r[1], "aaaxxy") == 0);
        assert(strcmp(r[2], "xxxAAA") == 0);
        assert(strcmp(r[3], "xxx") == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    {
        char *a0[] = {"grunt", "trumpet", "prune", "gruesome"};
        int n = -1;
        char **r = filter_by_substring(a0, 4, "run", &n);
        assert(n == 2);
        assert(strcmp(r[0], "grunt") == 0);
        assert(strcmp(r[1], "prune") == 0);
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
        char **r = filter_by_substring(a0, 0, "a", &n);
        assert(n == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    {
        char *a0[] = {"abc", "bacd", "cde", "array"};
        int n = -1;
        char **r = filter_by_substring(a0, 4, "a", &n);
        assert(n == 3);
        assert(strcmp(r[0], "abc") == 0);
        assert(strcmp(r[1], "bacd") == 0);
        assert(strcmp(r[2], "array") == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed filter_by_substring.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
Hand (C conventions): the returned strings are copies (strdup), as the prompt says; LLM4Decompile returned the input pointers.
