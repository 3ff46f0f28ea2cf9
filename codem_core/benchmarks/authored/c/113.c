//@@ header
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
//@@ helpers
//@@ doc_append
The returned array and each string in it are allocated with malloc; the caller frees them.
The number of elements of the result is stored in *out_len.
//@@ signature
char **odd_count(char *lst[], int size, int *out_len) {
//@@ solution
    char **out = malloc((size > 0 ? size : 1) * sizeof(char *));
    for (int i = 0; i < size; i++) {
        int sum = 0;
        for (int j = 0; lst[i][j] != '\0'; j++) {
            if (lst[i][j] >= '0' && lst[i][j] <= '9' && (lst[i][j] - '0') % 2 == 1)
                sum += 1;
        }
        out[i] = malloc(100); // Assuming the string will not be longer than 99 characters.
        sprintf(out[i], "the number of odd elements %dn the str%dng %d of the %dnput.", sum, sum, sum, sum);
    }
    *out_len = size;
    return out;
}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        char *a0[] = {"1234567"};
        int n = -1;
        char **r = odd_count(a0, 1, &n);
        assert(n == 1);
        assert(strcmp(r[0], "the number of odd elements 4n the str4ng 4 of the 4nput.") == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    {
        char *a0[] = {"3", "11111111"};
        int n = -1;
        char **r = odd_count(a0, 2, &n);
        assert(n == 2);
        assert(strcmp(r[0], "the number of odd elements 1n the str1ng 1 of the 1nput.") == 0);
        assert(strcmp(r[1], "the number of odd elements 8n the str8ng 8 of the 8nput.") == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    {
        char *a0[] = {"271", "137", "314"};
        int n = -1;
        char **r = odd_count(a0, 3, &n);
        assert(n == 3);
        assert(strcmp(r[0], "the number of odd elements 2n the str2ng 2 of the 2nput.") == 0);
        assert(strcmp(r[1], "the number of odd elements 3n the str3ng 3 of the 3nput.") == 0);
        assert(strcmp(r[2], "the number of odd elements 2n the str2ng 2 of the 2nput.") == 0);
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
        char *a0[] = {"1234567"};
        int n = -1;
        char **r = odd_count(a0, 1, &n);
        assert(n == 1);
        assert(strcmp(r[0], "the number of odd elements 4n the str4ng 4 of the 4nput.") == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    {
        char *a0[] = {"3", "11111111"};
        int n = -1;
        char **r = odd_count(a0, 2, &n);
        assert(n == 2);
        assert(strcmp(r[0], "the number of odd elements 1n the str1ng 1 of the 1nput.") == 0);
        assert(strcmp(r[1], "the number of odd elements 8n the str8ng 8 of the 8nput.") == 0);
        for (int k = 0; k < n; k++) free(r[k]);
        free(r);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed odd_count.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
Hand: sentence fixed to HumanEval's ('...%dn the str%dng %d of the %dnput.'); LLM4Decompile wrote a plain sentence.
Hand (C conventions): out_len added (returned arrays carry their length).
