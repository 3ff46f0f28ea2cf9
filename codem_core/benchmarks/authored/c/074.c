//@@ header
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
//@@ helpers
//@@ doc_append
The returned array and each string in it are allocated with malloc; the caller frees them.
//@@ signature
char** total_match(char** arr1, int n1, char** arr2, int n2) {
//@@ solution
  int i, sum1 = 0, sum2 = 0;

  for(i=0; i<n1; i++){
    sum1 += strlen(arr1[i]);
  }
  
  for(i=0; i<n2; i++){
    sum2 += strlen(arr2[i]); 
  }

  if(sum1 < sum2){
    return arr1;
  }
  else if(sum1 > sum2){
    return arr2;
  }
  else{
    return arr1;
  }

}
//@@ test
#include <assert.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

int main(void) {
    {
        char *a0[] = {NULL};
        char *a1[] = {NULL};
        char **r = total_match(a0, 0, a1, 0);
    }
    {
        char *a0[] = {"hi", "admin"};
        char *a1[] = {"hi", "hi"};
        char **r = total_match(a0, 2, a1, 2);
        assert(strcmp(r[0], "hi") == 0);
        assert(strcmp(r[1], "hi") == 0);
    }
    {
        char *a0[] = {"hi", "admin"};
        char *a1[] = {"hi", "hi", "admin", "project"};
        char **r = total_match(a0, 2, a1, 4);
        assert(strcmp(r[0], "hi") == 0);
        assert(strcmp(r[1], "admin") == 0);
    }
    {
        char *a0[] = {"4"};
        char *a1[] = {"1", "2", "3", "4", "5"};
        char **r = total_match(a0, 1, a1, 5);
        assert(strcmp(r[0], "4") == 0);
    }
    {
        char *a0[] = {"hi", "admin"};
        char *a1[] = {"hI", "Hi"};
        char **r = total_match(a0, 2, a1, 2);
        assert(strcmp(r[0], "hI") == 0);
        assert(strcmp(r[1], "Hi") == 0);
    }
    {
        char *a0[] = {"hi", "admin"};
        char *a1[] = {"hI", "hi", "hi"};
        char **r = total_match(a0, 2, a1, 3);
        assert(strcmp(r[0], "hI") == 0);
        assert(strcmp(r[1], "hi") == 0);
        assert(strcmp(r[2], "hi") == 0);
    }
    {
        char *a0[] = {"hi", "admin"};
        char *a1[] = {"hI", "hi", "hii"};
        char **r = total_match(a0, 2, a1, 3);
        assert(strcmp(r[0], "hi") == 0);
        assert(strcmp(r[1], "admin") == 0);
    }
    {
        char *a0[] = {NULL};
        char *a1[] = {"this"};
        char **r = total_match(a0, 0, a1, 1);
    }
    {
        char *a0[] = {"this"};
        char *a1[] = {NULL};
        char **r = total_match(a0, 1, a1, 0);
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
        char *a1[] = {NULL};
        char **r = total_match(a0, 0, a1, 0);
    }
    {
        char *a0[] = {"hi", "admin"};
        char *a1[] = {"hi", "hi", "admin", "project"};
        char **r = total_match(a0, 2, a1, 4);
        assert(strcmp(r[0], "hi") == 0);
        assert(strcmp(r[1], "admin") == 0);
    }
    {
        char *a0[] = {"4"};
        char *a1[] = {"1", "2", "3", "4", "5"};
        char **r = total_match(a0, 1, a1, 5);
        assert(strcmp(r[0], "4") == 0);
    }
    {
        char *a0[] = {"hi", "admin"};
        char *a1[] = {"hI", "Hi"};
        char **r = total_match(a0, 2, a1, 2);
        assert(strcmp(r[0], "hI") == 0);
        assert(strcmp(r[1], "Hi") == 0);
    }
    {
        char *a0[] = {"hi", "admin"};
        char *a1[] = {"hI", "hi", "hi"};
        char **r = total_match(a0, 2, a1, 3);
        assert(strcmp(r[0], "hI") == 0);
        assert(strcmp(r[1], "hi") == 0);
        assert(strcmp(r[2], "hi") == 0);
    }
    return 0;
}
//@@ notes
Signature, helpers and solution: LLM4Decompile c_func (MIT), func0 renamed total_match.
Test: generated from the HumanEval-X C++ test (scripts/translate_c.py).
